import type { RefObject } from 'react';
import { useEffect } from 'react';
import { focusHomeElement, isInFocusHome } from './focus-home';
import { tabStops } from './tab-stops';

/** How long after a key or click the control it hit may vanish and still be its doing. */
const ACTION_WINDOW_MS = 2_000;

/** Marks an element whose lost focus its own watcher looks after (outer watchers leave it). */
const SCOPE = 'data-focus-scope';

/** Where the lost element was: in `parent`, just after `after` (or first, when that is null). */
interface Gap {
  readonly parent: Node;
  readonly after: Node | null;
}

/**
 * Keeps keyboard focus in `root` when the focused control is removed, disabled or hidden by its
 * own action (a button that empties its form, a row that goes away): focus moves to the nearest
 * tab stop at the place it was, else the home, else `root` itself. A click on blank space, or a
 * dialog taking focus, is left alone. Returns the undo.
 */
export function watchFocusLoss(root: HTMLElement): () => void {
  if (root !== document.body) root.setAttribute(SCOPE, '');
  let last: HTMLElement | null = null;
  let gap: Gap | null = null;
  // Only what the reviewer's own key or click did is rescued: a row that scrolls out of a
  // virtualized list also takes its focused control away, and pulling focus (and the scroll)
  // back there would fight the scrolling.
  let acted: { target: EventTarget | null; at: number } = { target: null, at: 0 };
  // Where a rescue put focus, until the reviewer's next key, click or wheel: its going is still
  // that action's doing however long it takes (a job's Cancel button that goes when the job ends).
  let landed: Element | null = null;
  const onAct = (e: Event) => {
    acted = { target: e.target, at: performance.now() };
    landed = null;
  };
  const onWheel = () => (landed = null);
  const actedOn = (el: HTMLElement) =>
    (landed !== null && (landed === el || el.contains(landed))) ||
    (performance.now() - acted.at < ACTION_WINDOW_MS && acted.target instanceof Node && (acted.target === el || el.contains(acted.target) || acted.target.contains(el)));
  const owns = (el: Element) => (el.closest(`[${SCOPE}]`) ?? document.body) === root;

  const check = () => {
    const el = last;
    if (!el) return;
    const active = document.activeElement;
    // Still there, enabled and shown (a panel can be hidden around it): focus that left it went
    // to blank space or another window on purpose.
    if (el.isConnected && !el.matches(':disabled') && (active === el || el.getClientRects().length > 0)) {
      if (active !== el) last = null;
      return;
    }
    last = null;
    const place = el.isConnected && el.parentNode ? { parent: el.parentNode, after: el } : gap;
    gap = null;
    // Something took focus on purpose, or the editor went away (a new one takes focus as it opens).
    if ((active && active !== document.body && active !== el) || !root.isConnected || isInFocusHome(el) || !actedOn(el)) return;
    rescue(root, place);
    // Where the focus landed is still part of that action (a Cancel button that goes when the job ends).
    landed = document.activeElement !== document.body ? document.activeElement : null;
  };

  const onFocusIn = (e: FocusEvent) => {
    last = e.target instanceof HTMLElement && owns(e.target) ? e.target : null;
    gap = null;
  };
  const onFocusOut = (e: FocusEvent) => {
    if (e.target === last && !e.relatedTarget) window.setTimeout(check, 0);
  };
  const observer = new MutationObserver((records) => {
    if (!last) return;
    if (!last.isConnected && !gap) gap = gapOf(records, last);
    check();
  });
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  document.addEventListener('focusin', onFocusIn, true);
  document.addEventListener('focusout', onFocusOut, true);
  document.addEventListener('keydown', onAct, true);
  document.addEventListener('pointerdown', onAct, true);
  document.addEventListener('wheel', onWheel, { capture: true, passive: true });
  if (document.activeElement instanceof HTMLElement && root.contains(document.activeElement) && owns(document.activeElement)) last = document.activeElement;
  return () => {
    observer.disconnect();
    document.removeEventListener('focusin', onFocusIn, true);
    document.removeEventListener('focusout', onFocusOut, true);
    document.removeEventListener('keydown', onAct, true);
    document.removeEventListener('pointerdown', onAct, true);
    document.removeEventListener('wheel', onWheel, { capture: true });
    if (root !== document.body) root.removeAttribute(SCOPE);
  };
}

/** `watchFocusLoss` for as long as a component shows `ref`. */
export function useFocusRescue(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    return root ? watchFocusLoss(root) : undefined;
  }, [ref]);
}

function gapOf(records: readonly MutationRecord[], el: Node): Gap | null {
  for (const record of records) {
    for (const node of record.removedNodes) if (node === el || node.contains(el)) return { parent: record.target, after: record.previousSibling };
  }
  return null;
}

/** Nearest first: the tab stops around the gap, then around its parent, up to the home or root. */
function rescue(root: HTMLElement, gap: Gap | null) {
  const target = focusHomeElement();
  for (let box = gap?.parent.isConnected ? gap.parent : null; box && root.contains(box); box = box.parentNode) {
    if (target && box.contains(target.element)) break;
    const next = box instanceof Element && gap ? neighbour(box, gap) : null;
    if (next) return next.focus({ preventScroll: true });
    if (box === root) break;
  }
  if (target) return target.focus();
  if (root === document.body) return;
  if (!root.hasAttribute('tabindex')) root.tabIndex = -1;
  root.focus();
}

/** The first tab stop in `box` after the gap, else the last one before it. */
function neighbour(box: Element, gap: Gap): HTMLElement | null {
  const { after, parent } = gap;
  const isAfter = (x: Node) =>
    after?.isConnected
      ? (after.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !after.contains(x)
      : (parent.compareDocumentPosition(x) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const stops = tabStops(box);
  return stops.find(isAfter) ?? stops.filter((x) => !isAfter(x)).at(-1) ?? null;
}
