import { useCallback } from 'react';
import type { SegmentTerms } from '../../../shared/api/glossary-types';
import { insertableTerms } from '../glossary/use-segment-terms';
import type { ActiveRowHandle } from './segment-row';

interface Keys {
  readonly activeId: string | null;
  readonly terms: ReadonlyMap<string, SegmentTerms>;
  readonly activeRow: React.RefObject<ActiveRowHandle | null>;
  readonly confirm: () => void;
  readonly move: (step: 1 | -1, onlyOpen: boolean) => void;
  readonly openReplace: () => void;
  readonly addTerm: () => void;
  readonly toggleDiff: () => void;
}

/** The workbench's keyboard: everything a reviewer does all day, without the mouse. */
export function useWorkbenchKeys(k: Keys) {
  const { activeId, terms, activeRow, confirm, move, openReplace, addTerm, toggleDiff } = k;
  return useCallback(
    (e: React.KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key === 'Enter') {
        e.preventDefault();
        confirm();
      } else if (e.altKey && e.key === 'ArrowDown') {
        e.preventDefault();
        move(1, false);
      } else if (e.altKey && e.key === 'ArrowUp') {
        e.preventDefault();
        move(-1, false);
      } else if (e.altKey && !mod && /^Digit[1-9]$/.test(e.code) && activeId) {
        // Alt+1..9 inserts the n-th term of the term panel at the cursor.
        const term = insertableTerms(terms.get(activeId))[Number(e.code.slice(5)) - 1];
        if (term) {
          e.preventDefault();
          activeRow.current?.insert(term);
        }
      } else if (mod && e.shiftKey && e.code === 'KeyT') {
        e.preventDefault();
        addTerm();
      } else if (mod && !e.shiftKey && e.code === 'KeyH') {
        e.preventDefault();
        openReplace();
      } else if (mod && e.shiftKey && e.code === 'KeyD') {
        e.preventDefault();
        toggleDiff();
      }
    },
    [activeId, activeRow, addTerm, confirm, move, openReplace, terms, toggleDiff],
  );
}
