import { useCallback, useEffect } from 'react';
import type { SegmentTerms } from '../../../shared/api/glossary-types';
import type { KeyAction } from '../../../shared/keymap';
import { actionFor, comboOf, isPlainKey } from '../../../shared/keymap';
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

/** Actions that change the active segment: from another field (a comment being typed) they would change it unseen. */
const CHANGES_SEGMENT: ReadonlySet<KeyAction> = new Set(['confirm', 'copyDraft', 'revertDraft', 'copySource', 'exclude', 'join', 'draftUp', 'draftDown', 'noDraft', 'mergeNext', 'splitPair', 'undoPair']);

/**
 * The workbench's keyboard: every action through the reviewer's keymap (remappable in the
 * shortcuts sheet), Alt+1..9 to insert the n-th term of the term panel and Ctrl+1..9 to use
 * the n-th TM match. From another text field only the keys that move or open something work.
 */
export function useWorkbenchKeys({ keys, activeId, terms, activeRow, run, useMatch }: Keys) {
  const handle = useCallback(
    (e: KeyboardEvent, inField: boolean, inEditor: boolean) => {
      const action = actionFor(e, keys);
      // A key without Ctrl or Alt (Enter in the OmegaT keys) acts in the segment editor only:
      // elsewhere it presses a button or is typed.
      if (action && !inEditor && isPlainKey(comboOf(e) ?? '')) return;
      if (action) {
        if (inField && CHANGES_SEGMENT.has(action)) return;
        e.preventDefault();
        run(action);
        return;
      }
      if (inField) return;
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
  useEffect(() => {
    // In the segment editor the workbench's keys come first: CodeMirror has bindings of its own
    // for keys a reviewer may choose (Ctrl+I, Alt+←, Ctrl+[) and would take them.
    const inEditor = (e: KeyboardEvent) => e.target instanceof Element && e.target.closest('.segment-editor') !== null;
    const beforeEditor = (e: KeyboardEvent) => {
      if (!e.isComposing && inEditor(e)) handle(e, false, true);
    };
    // Elsewhere on the document, so the keys work wherever focus is; dialogs keep their own keys.
    const elsewhere = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || inEditor(e)) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('[role="dialog"]')) return;
      // A list keeps its own arrow keys (Alt+↓ opens it).
      if (target instanceof HTMLSelectElement && e.key.startsWith('Arrow')) return;
      handle(e, isTextField(target), false);
    };
    document.addEventListener('keydown', beforeEditor, true);
    document.addEventListener('keydown', elsewhere);
    return () => {
      document.removeEventListener('keydown', beforeEditor, true);
      document.removeEventListener('keydown', elsewhere);
    };
  }, [handle]);
}

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image']);

/** A field the reviewer types or chooses in, other than the segment editor. */
function isTextField(el: Element | null): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !NOT_TEXT.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}
