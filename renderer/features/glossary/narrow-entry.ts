import type { GlossaryEntry } from '../../../shared/glossary/model';
import type { Client } from '../../api/client';

/** From a derived hit in the term panel: the entry keeps matching exact and inflected forms only. */
export function narrowToInflected(client: Client, project: string, entry: GlossaryEntry & { readonly glossary?: string }) {
  return client.api['glossary:save']({
    project,
    ...(entry.glossary ? { glossary: entry.glossary } : {}),
    id: entry.id,
    baseVersion: entry.version,
    fields: {
      sourceTerms: [...entry.sourceTerms],
      targets: [...entry.targets],
      ...(entry.pos ? { pos: entry.pos } : {}),
      ...(entry.note ? { note: entry.note } : {}),
      ...(entry.domain ? { domain: entry.domain } : {}),
      caseSensitive: entry.caseSensitive,
      morphology: 'inflected',
    },
  });
}
