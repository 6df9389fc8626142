import { useCallback, useRef, useState } from 'react';
import type { Segment } from '../../../shared/model/segment';

/** Checkbox selection over the grid; Shift extends from the last one ticked. */
export function useBulkSelection(visible: readonly Segment[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const toggle = useCallback(
    (id: string, range: boolean) => {
      setSelected((current) => {
        const next = new Set(current);
        const from = anchor.current ? visible.findIndex((s) => s.id === anchor.current) : -1;
        const to = visible.findIndex((s) => s.id === id);
        if (range && from >= 0 && to >= 0) {
          for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
            const s = visible[i];
            if (s) next.add(s.id);
          }
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        anchor.current = id;
        return next;
      });
    },
    [visible],
  );
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, toggle, clear };
}
