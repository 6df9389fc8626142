import { useEffect, useRef, useState } from 'react';
import { sameStop, tabStops } from './tab-stops';
import { focusHome } from './focus-home';
import { watchFocusLoss } from './use-focus-rescue';

/**
 * Keyboard behaviour every dialog needs: focus moves into it when it opens, Tab stays inside,
 * Escape closes it, and focus returns to where it was when it closes.
 */
export function useDialogFocus<T extends HTMLElement>(onClose: () => void) {
  const ref = useRef<T>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  // Read while rendering: an autoFocus field inside takes focus before any effect runs.
  const [previous] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.contains(document.activeElement)) {
      const first = tabStops(dialog)[0];
      if (first) first.focus();
      else {
        dialog.tabIndex = -1;
        dialog.focus();
      }
    }
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        e.stopPropagation();
        onCloseRef.current();
      } else if (e.key === 'Tab') {
        const stops = tabStops(dialog);
        const first = stops[0];
        const last = stops[stops.length - 1];
        if (!first || !last) return;
        if (e.shiftKey && sameStop(document.activeElement, first)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && sameStop(document.activeElement, last)) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    dialog.addEventListener('keydown', onKey);
    const stopWatching = watchFocusLoss(dialog);
    return () => {
      dialog.removeEventListener('keydown', onKey);
      stopWatching();
      // Only focus the dialog had (now gone) is given back; focus already elsewhere stays there.
      const active = document.activeElement;
      if (active && active !== document.body && !dialog.contains(active)) return;
      if (previous?.isConnected && !previous.matches(':disabled')) previous.focus();
      else focusHome();
    };
  }, [previous]);
  return ref;
}
