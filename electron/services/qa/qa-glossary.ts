/**
 * The glossary as QA sees it: the term checks port, the tokens the glossary translates (AS → US)
 * and the words spelling must accept, all from one GlossaryIndex of the glossary service.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkTarget } from '../../../shared/glossary/target-check';
import type { GlossaryIndex } from '../../../shared/glossary/term-index';
import { findTermHits } from '../../../shared/glossary/term-index';
import type { TermCheckPort } from '../../../shared/qa/types';
import { GLOSSARY_FILE } from '../glossary/glossary-store';
import { OWN_GLOSSARY_DIR } from '../glossary/glossary-service';
import { GlossaryServices } from '../glossary/handlers';
import { termWords } from '../spelling';
import type { Workspace } from '../workspace';

/** The project's glossary index, or null when the project has no glossary. */
export type GlossaryIndexSource = (projectPath: string) => Promise<GlossaryIndex | null>;

export interface QaGlossary {
  readonly termChecks: TermCheckPort;
  readonly termMap: Readonly<Record<string, readonly string[]>>;
  readonly spellWords: ReadonlySet<string>;
  readonly entries: number;
}

/**
 * Reads the glossary through the glossary service's own index, refreshed (`stamp()`) before each
 * use. A project that has never had a glossary gets none created just because QA ran.
 *
 * Pass the GlossaryServices the glossary channels use (electron/services/api.ts) so the process
 * keeps one set of glossary stores; without it QA opens its own, unwatched set.
 */
export function serviceGlossarySource(workspace: Workspace, shared?: GlossaryServices): GlossaryIndexSource {
  let services: GlossaryServices | null = shared ?? null;
  return async (projectPath) => {
    const store = await workspace.projectStore(projectPath);
    const own = existsSync(path.join(store.dir, OWN_GLOSSARY_DIR, GLOSSARY_FILE));
    if (!own && !(store.projectMeta.glossaries ?? []).length) return null;
    services ??= new GlossaryServices(workspace, { watch: false });
    const service = services.of(store.dir);
    await service.stamp();
    return service.index();
  };
}

const derived = new WeakMap<GlossaryIndex, QaGlossary>();

/** What QA needs from an index, worked out once per index (the service rebuilds it on change). */
export function qaGlossary(index: GlossaryIndex): QaGlossary {
  const known = derived.get(index);
  if (known) return known;
  const termMap: Record<string, string[]> = {};
  const terms: string[] = [];
  for (const entry of index.entries) {
    const approved = entry.targets.filter((t) => t.status !== 'forbidden').map((t) => t.text);
    terms.push(...entry.sourceTerms, ...approved);
    // Only codes and abbreviations matter to the "not carried over" check (AS, PBB, TNI).
    for (const s of entry.sourceTerms) if (/^\S+$/.test(s) && /\p{Lu}/u.test(s.slice(1)) && approved.length) termMap[s] = [...(termMap[s] ?? []), ...approved];
  }
  const result: QaGlossary = {
    termChecks: (segment) => {
      const hits = findTermHits(index, segment.source);
      return hits.length ? checkTarget(index, hits, segment.target, segment.source) : [];
    },
    termMap,
    spellWords: termWords(terms),
    entries: index.entries.length,
  };
  derived.set(index, result);
  return result;
}
