import { useEffect, useMemo, useState } from 'react';
import type { GlossaryView } from '../../../shared/api/glossary-types';
import type { GlossaryEntry } from '../../../shared/glossary/model';
import type { Client } from '../../api/client';

/** Every attached glossary's entries, reloaded when the stamp says something changed. */
export function useGlossaryView(client: Client, project: string, stamp: string | null) {
  const [view, setView] = useState<GlossaryView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    // No stamp yet: wait for it rather than load now and again when it arrives.
    if (stamp === null) return;
    let cancelled = false;
    client.api['glossary:view']({ project }).then(
      (v) => {
        if (cancelled) return;
        setView(v);
        setError(null);
      },
      (err: Error) => !cancelled && setError(err.message),
    );
    return () => {
      cancelled = true;
    };
  }, [client, project, stamp, reloads]);
  const entries = useMemo(() => new Map<string, GlossaryEntry & { glossary: string }>((view?.entries ?? []).map((e) => [e.id, e])), [view]);
  return { view, entries, error, reload: () => setReloads((n) => n + 1), setView };
}
