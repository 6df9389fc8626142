interface FocusHome {
  readonly element: HTMLElement;
  readonly focus: () => void;
}

let home: FocusHome | null = null;

/**
 * Makes an element the place focus goes back to when its own place is gone (the segment
 * editor, while one is open). Returns the undo.
 */
export function setFocusHome(element: HTMLElement, focus: () => void): () => void {
  const mine: FocusHome = { element, focus };
  home = mine;
  return () => {
    if (home === mine) home = null;
  };
}

/** The home, if it is on the page. */
export function focusHomeElement(): FocusHome | null {
  return home?.element.isConnected ? home : null;
}

/** Whether an element is (in) the home, even one just taken off the page. */
export function isInFocusHome(el: Node): boolean {
  return home !== null && home.element.contains(el);
}

/** Focuses the home if it is on the page; says whether it did. */
export function focusHome(): boolean {
  const at = focusHomeElement();
  at?.focus();
  return at !== null;
}
