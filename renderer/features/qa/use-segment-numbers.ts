import { useEffect, useState } from 'react';
import type { Client } from '../../api/client';

/** Each segment's number in the document (1-based), as the editor shows it; reloaded when `reload` changes. */
export function useSegmentNumbers(client: Client, project: string, documentId: string, reload: unknown): ReadonlyMap<string, number> {
  const [numbers, setNumbers] = useState<ReadonlyMap<string, number>>(new Map());
  useEffect(() => {
    let cancelled = false;
    client.api['segments:list']({ project, documentId }).then(
      (segments) => !cancelled && setNumbers(new Map(segments.map((s, i) => [s.id, i + 1]))),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [client, project, documentId, reload]);
  return numbers;
}
