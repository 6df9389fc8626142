import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { KeyAction } from '../../../shared/keymap';
import type { Segment } from '../../../shared/model/segment';
import { useHintWithKeys } from './keys-context';

export type SegmentAction =
  | 'exclude'
  | 'include'
  | 'split'
  | 'join'
  | 'shift-up'
  | 'shift-down'
  | 'no-draft'
  | 'merge-next'
  | 'split-pair'
  | 'undo-pair';

/** The keymap action of each segment action (exclude and include share one key: it toggles). */
const KEY_OF: Readonly<Partial<Record<SegmentAction, KeyAction>>> = {
  exclude: 'exclude',
  include: 'exclude',
  join: 'join',
  'shift-up': 'draftUp',
  'shift-down': 'draftDown',
  'no-draft': 'noDraft',
  'merge-next': 'mergeNext',
  'split-pair': 'splitPair',
  'undo-pair': 'undoPair',
};

/** Which segment action a key runs on the active segment, or null where its button would not show. */
export function keyedSegmentAction(action: KeyAction, segment: Segment): SegmentAction | null {
  const fromFile = segment.origin?.unitId !== undefined;
  switch (action) {
    case 'exclude':
      return segment.excluded ? 'include' : 'exclude';
    case 'join':
      return fromFile ? null : 'join';
    case 'draftUp':
      return segment.alignment ? 'shift-up' : null;
    case 'draftDown':
      return segment.alignment ? 'shift-down' : null;
    case 'noDraft':
      return segment.alignment ? 'no-draft' : null;
    case 'mergeNext':
      return segment.alignment ? 'merge-next' : null;
    case 'splitPair':
      return segment.alignment ? 'split-pair' : null;
    case 'undoPair':
      return segment.alignment ? 'undo-pair' : null;
    default:
      return null;
  }
}

/** The pairing corrections used now and then: behind "More alignment". */
const RARE: readonly SegmentAction[] = ['no-draft', 'merge-next', 'split-pair', 'undo-pair'];
const LABEL: Readonly<Record<SegmentAction, string>> = {
  exclude: 'exclude',
  include: 'include',
  split: 'split',
  join: 'join',
  'shift-up': 'shiftUp',
  'shift-down': 'shiftDown',
  'no-draft': 'noDraft',
  'merge-next': 'mergeNext',
  'split-pair': 'splitPair',
  'undo-pair': 'undoPair',
};

/**
 * Actions on the active segment: structure (exclude, split, join) and, for drafts from a separate
 * file, pairing corrections: Draft ↑ / Draft ↓ as buttons, the rarer ones in a menu. Every
 * action says on hover what it does and its key from the reviewer's keymap.
 */
export function SegmentActions({ segment, onAction }: { segment: Segment; onAction: (action: SegmentAction) => void }) {
  const { t } = useTranslation();
  const withKeys = useHintWithKeys();
  const hint = (action: SegmentAction) => {
    const text = action === 'split' ? t('actions.splitHint') : t(`actionHints.${LABEL[action]}` as 'actionHints.exclude');
    const key = KEY_OF[action];
    return key ? withKeys(text, key) : text;
  };
  const button = (action: SegmentAction) => (
    <button type="button" className="small" onClick={() => onAction(action)} title={hint(action)}>
      {t(`actions.${LABEL[action]}` as 'actions.exclude')}
    </button>
  );
  const fromFile = segment.origin?.unitId !== undefined;
  return (
    <div className="segment-actions" role="toolbar" aria-label={t('actions.label')}>
      {segment.excluded ? button('include') : button('exclude')}
      {!fromFile && button('split')}
      {!fromFile && button('join')}
      {segment.alignment && (
        <span className="action-group" role="group" aria-label={t('actions.pairing')}>
          {button('shift-up')}
          {button('shift-down')}
          <MoreAlignment items={RARE.map((action) => ({ action, label: t(`actions.${LABEL[action]}` as 'actions.exclude'), hint: hint(action) }))} onAction={onAction} />
        </span>
      )}
    </div>
  );
}

interface MenuItem {
  readonly action: SegmentAction;
  readonly label: string;
  readonly hint: string;
}

/** A menu button (WAI-ARIA pattern): Enter, Space or ↓ opens it on the first item, ↑ on the last; arrows, Home and End move; Esc closes. */
function MoreAlignment({ items, onAction }: { items: readonly MenuItem[]; onAction: (action: SegmentAction) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  // Placed on the page body, not in the row (a row clips what overflows it), and kept under its button on scroll.
  const [at, setAt] = useState<{ top?: number; bottom?: number; left: number } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const itemsOf = () => [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];

  useEffect(() => {
    if (!open) return;
    const place = () => {
      const rect = buttonRef.current?.getBoundingClientRect();
      // Below the button, or above it when the button is in the lower part of the window.
      if (rect) setAt(rect.bottom > window.innerHeight * 0.6 ? { bottom: window.innerHeight - rect.top + 2, left: rect.left } : { top: rect.bottom + 2, left: rect.left });
    };
    place();
    const all = itemsOf();
    (open === 'last' ? all[all.length - 1] : all[0])?.focus({ preventScroll: true });
    const outside = (e: MouseEvent) => {
      if (!(e.target instanceof Node) || (!menuRef.current?.contains(e.target) && !buttonRef.current?.contains(e.target))) setOpen(false);
    };
    const scrolled = (e: Event) => {
      if (!(e.target instanceof Node && menuRef.current?.contains(e.target))) place();
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('scroll', scrolled, true);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('scroll', scrolled, true);
    };
  }, [open]);

  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) buttonRef.current?.focus();
  };
  const onButtonKey = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(e.key === 'ArrowUp' ? 'last' : 'first');
    }
  };
  const onMenuKey = (e: React.KeyboardEvent) => {
    const all = itemsOf();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => all[(i + all.length) % all.length]?.focus({ preventScroll: true });
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(at + 1),
      ArrowUp: () => go(at - 1),
      Home: () => go(0),
      End: () => go(all.length - 1),
      Escape: () => close(true),
      Tab: () => close(false),
    };
    const run = keys[e.key];
    if (!run) return;
    if (e.key !== 'Tab') {
      e.preventDefault();
      e.stopPropagation();
    }
    run();
  };
  return (
    <span className="menu-anchor">
      <button
        ref={buttonRef}
        type="button"
        className="small"
        aria-haspopup="menu"
        aria-expanded={open !== false}
        aria-controls={open ? `${id}-menu` : undefined}
        title={t('alignmentMenu.hint')}
        onClick={() => (open ? close(false) : setOpen('first'))}
        onKeyDown={onButtonKey}
      >
        {t('alignmentMenu.more')} ▾
      </button>
      {open &&
        createPortal(
        <div ref={menuRef} id={`${id}-menu`} className="action-menu" style={at ?? undefined} role="menu" aria-label={t('alignmentMenu.more')} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <button
              key={item.action}
              type="button"
              role="menuitem"
              tabIndex={-1}
              title={item.hint}
              onClick={() => {
                close(true);
                onAction(item.action);
              }}
            >
              <span>{item.label}</span>
              <span className="muted">{item.hint}</span>
            </button>
          ))}
        </div>,
          document.body,
        )}
    </span>
  );
}
