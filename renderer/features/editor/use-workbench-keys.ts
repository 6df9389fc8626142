import { useCallback, useEffect } from 'react';
import type { SegmentTerms } from '../../../shared/api/glossary-types';
import type { KeyAction } from '../../../shared/keymap';
import { actionFor } from '../../../shared/keymap';
import { watchFocusLoss } from '../../components/use-focus-rescue';
import { insertableTerms } from '../glossary/use-segment-terms';
import type { ActiveRowHandle } from './segment-row';

interface Keys {
  readonly keys: Readonly<Record<KeyAction, string>>;
  readonly activeId: string | null;
  readonly terms: ReadonlyMap<string, SegmentTerms>;
  readonly activeRow: React.RefObject<ActiveRowHandle | null>;
  readonly run: (action: KeyAction) => void;
  /** Ctrl+1..9 uses the n-th translation memory match. */
  readonly useMatch: (n: number) => boolean;
}

/**
 * The workbench's keyboard: every action through the reviewer's keymap (remappable in the
 * shortcuts sheet), and Alt+1..9 to insert the n-th term of the term panel.
 */
export function useWorkbenchKeys({ keys, activeId, terms, activeRow, run, useMatch }: Keys) {
  const handle = useCallback(
    (e: KeyboardEvent) => {
      const action = actionFor(e, keys);
      if (action) {
        e.preventDefault();
        run(action);
        return;
      }
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && /^Digit[1-9]$/.test(e.code)) {
        if (useMatch(Number(e.code.slice(5)))) e.preventDefault();
        return;
      }
      if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-9]$/.test(e.code) && activeId) {
        const term = insertableTerms(terms.get(activeId))[Number(e.code.slice(5)) - 1];
        if (term) {
          e.preventDefault();
          activeRow.current?.insert(term);
        }
      }
    },
    [activeId, activeRow, keys, run, terms, useMatch],
  );
  // On the document, so the keys work wherever focus is on the screen; dialogs keep their own keys.
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (e.defaultPrevented || (e.target instanceof Element && e.target.closest('[role="dialog"]'))) return;
      handle(e);
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [handle]);
  // A button that removes or disables itself (the bulk bar's "Yes", a notice's "Undo") leaves
  // focus nowhere: it goes back near where it was, or to the segment being edited.
  useEffect(() => watchFocusLoss(document.body), []);
}
