import { forwardRef, memo, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentTerms } from '../../../shared/api/glossary-types';
import type { Segment } from '../../../shared/model/segment';
import type { QaFinding } from '../../../shared/qa/types';
import type { SegmentAction } from './segment-actions';
import type { ActiveRowHandle } from './segment-row';
import { rowStrings, SegmentRow } from './segment-row';
import { useVirtualRows } from './use-virtual-rows';

const HEADER_HEIGHT = 30;
const ESTIMATED_ROW_HEIGHT = 96;

interface SegmentListProps {
  /** The segments shown (after the filter), in document order. */
  readonly visible: readonly Segment[];
  /** The document's languages (BCP 47), named in the column headers. */
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly numberOf: ReadonlyMap<string, number>;
  readonly activeId: string | null;
  readonly activeRow: React.Ref<ActiveRowHandle>;
  readonly terms: ReadonlyMap<string, SegmentTerms>;
  /** Told the ids of the rows rendered (on screen and just beyond) whenever they change: their term hits are asked for. */
  readonly onShown: (ids: readonly string[]) => void;
  readonly selected: ReadonlySet<string>;
  readonly diffAll: boolean;
  readonly diffToggled: ReadonlySet<string>;
  readonly activeFindings: readonly QaFinding[] | undefined;
  readonly busy: boolean;
  readonly onActivate: (id: string) => void;
  readonly onEdit: (id: string, text: string) => void;
  readonly onAction: (id: string, action: SegmentAction, offsets: { source?: number; target?: number }) => void;
  readonly onSelect: (id: string, range: boolean) => void;
  readonly onToggleDiff: (id: string) => void;
}

export interface SegmentListHandle {
  scrollToIndex(index: number): void;
}

/**
 * The virtualized grid. It owns the scroll state, so scrolling re-renders this list and the rows
 * coming into view, never the workbench around it (toolbar, panels, filters).
 */
export const SegmentList = memo(
  forwardRef<SegmentListHandle, SegmentListProps>(function SegmentList(p, ref) {
    const { t, i18n } = useTranslation();
    const strings = useMemo(() => rowStrings(t), [t]);
    const scroller = useRef<HTMLElement>(null);
    const { visible } = p;
    const virtualizer = useVirtualRows({ rows: visible, scroller, estimate: ESTIMATED_ROW_HEIGHT, overscan: 5, headerHeight: HEADER_HEIGHT });
    const { scrollToIndex } = virtualizer;
    useImperativeHandle(ref, () => ({ scrollToIndex }), [scrollToIndex]);
    const { items } = virtualizer;
    // One string per set of rows: the effect runs when the rows change, not on every render.
    const shownKey = items.map((item) => visible[item.index]?.id ?? '').join('\n');
    const { onShown } = p;
    useEffect(() => onShown(shownKey.split('\n').filter((id) => id !== '')), [onShown, shownKey]);
    return (
      <main className="segment-scroller" ref={scroller} aria-label={t('editor.segments')} aria-busy={p.busy}>
        <SegmentHeader sourceLang={p.sourceLang} targetLang={p.targetLang} />
        <div className="segment-canvas" style={{ height: virtualizer.totalSize }}>
          {items.map((item) => {
            const segment = visible[item.index];
            if (!segment) return null;
            const active = segment.id === p.activeId;
            return (
              <div key={item.key} data-index={item.index} data-key={item.key} ref={virtualizer.measure} className="segment-slot" style={{ transform: `translateY(${item.start}px)` }}>
                <SegmentRow
                  t={t}
                  language={i18n.language}
                  strings={strings}
                  segment={segment}
                  number={p.numberOf.get(segment.id) ?? 0}
                  active={active}
                  onActivate={p.onActivate}
                  onEdit={p.onEdit}
                  onAction={p.onAction}
                  terms={p.terms.get(segment.id)}
                  editorRef={active ? p.activeRow : undefined}
                  selected={p.selected.has(segment.id)}
                  onSelect={p.onSelect}
                  showDiff={p.diffAll !== p.diffToggled.has(segment.id)}
                  onToggleDiff={p.onToggleDiff}
                  findings={active ? p.activeFindings : undefined}
                />
              </div>
            );
          })}
        </div>
      </main>
    );
  }),
);

/** The column titles; on its own so a scroll frame does not translate them again. */
const SegmentHeader = memo(function SegmentHeader({ sourceLang, targetLang }: { readonly sourceLang: string; readonly targetLang: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="segment-header" aria-hidden="true">
      <span>#</span>
      <span>{languageName(sourceLang, 'id', t('editor.sourceColumn'), i18n.language)}</span>
      <span>{languageName(targetLang, 'en', t('editor.targetColumn'), i18n.language)}</span>
      <span>{t('editor.statusColumn')}</span>
    </div>
  );
});

/**
 * A column's language in the interface language: the usual label for Indonesian/English, the
 * language's own name (Intl) for any other pair, the tag itself when Intl does not know it.
 */
export function languageName(tag: string, usual: string, usualLabel: string, uiLanguage: string): string {
  const primary = tag.toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === usual || primary === '') return usualLabel;
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
