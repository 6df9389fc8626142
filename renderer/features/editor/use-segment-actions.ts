import { useCallback } from 'react';
import type { Segment } from '../../../shared/model/segment';
import type { Client } from '../../api/client';
import type { SegmentAction } from './segment-actions';

interface Deps {
  readonly client: Client;
  readonly project: string;
  readonly documentId: string;
  readonly list: readonly Segment[];
  readonly save: () => Promise<void>;
  readonly apply: (changed: readonly Segment[], wholeDocument: boolean) => void;
  readonly setError: (message: string) => void;
  /** Split pressed without a caret in the source: the reviewer chooses where, with the keyboard. */
  readonly askSplit: (segment: Segment) => void;
}

/** Structure and pairing actions on a segment: exclude, split, join, and draft pairing corrections. */
export function useSegmentActions({ client, project, documentId, list, save, apply, setError, askSplit }: Deps) {
  return useCallback(
    async (segmentId: string, action: SegmentAction, offsets: { source?: number; target?: number }) => {
      const api = client.api;
      try {
        await save();
        switch (action) {
          case 'exclude':
          case 'include':
            return apply(await api['segments:setExcluded']({ project, segmentIds: [segmentId], excluded: action === 'exclude' }), false);
          case 'split': {
            const segment = list.find((s) => s.id === segmentId);
            if (offsets.source === undefined) return segment && askSplit(segment);
            return apply(await api['segments:split']({ project, segmentId, sourceOffset: offsets.source, ...(offsets.target !== undefined ? { targetOffset: offsets.target } : {}) }), true);
          }
          case 'join':
            return apply(await api['segments:joinNext']({ project, segmentId }), true);
          case 'undo-pair':
            return apply(await api['alignment:change']({ project, documentId, change: { kind: 'undo' } }), true);
          default: {
            const kind = action === 'split-pair' ? 'split' : action;
            return apply(await api['alignment:change']({ project, documentId, change: { kind, segmentId } }), true);
          }
        }
      } catch (err) {
        setError((err as Error).message);
      }
    },
    [apply, askSplit, client, documentId, save, list, project, setError],
  );
}
