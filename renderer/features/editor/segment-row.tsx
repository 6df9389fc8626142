import { memo, useContext, useEffect, useImperativeHandle, useRef } from 'react';
import { ReadOnlyContext } from './read-only';
import type { SegmentTerms } from '../../../shared/api/glossary-types';
import type { TFunction } from 'i18next';
import type { DraftOrigin, Segment, SegmentStatus } from '../../../shared/model/segment';
import { DRAFT_ORIGINS, SEGMENT_STATUSES } from '../../../shared/model/segment';
import { StatusBadge } from '../../components/status-badge';
import type { SegmentAction } from './segment-actions';
import { SegmentActions } from './segment-actions';
import type { TextMark } from './inline-text';
import { InlineText } from './inline-text';
import { DiffText } from '../review/diff-text';
import { findingText } from '../qa/finding-text';
import { exclusionReason } from '../settings/rule-label';
import type { EditorMark, TargetEditorHandle } from './target-editor';
import type { QaFinding } from '../../../shared/qa/types';
import type { TermMatchKind } from '../../../shared/glossary/model';
import { isTermProblem, TERM_MATCH_KINDS } from '../../../shared/glossary/model';
import { TargetEditor } from './target-editor';

/**
 * The labels every row shows, translated once per language: rows mount on every scroll frame,
 * and a translation call per label per row was most of what scrolling allocated.
 */
export interface RowStrings {
  segmentLabel(n: number): string;
  select(n: number): string;
  editSegment(n: number): string;
  readonly status: Readonly<Record<SegmentStatus | 'excluded', string>>;
  readonly origin: Readonly<Record<DraftOrigin, string>>;
  readonly changedFromDraft: string;
  readonly diffShow: string;
  readonly diffHide: string;
  readonly emptyTarget: string;
  readonly commentsOpen: string;
  /** "Derived form" …: said on each highlighted glossary term. */
  readonly termKind: Readonly<Record<TermMatchKind, string>>;
}

export function rowStrings(t: TFunction): RowStrings {
  const numbered = (key: string): ((n: number) => string) => {
    const marker = '\u0001';
    const [before = '', after = ''] = t(key, { n: marker }).split(marker);
    return (n) => `${before}${n}${after}`;
  };
  return {
    segmentLabel: numbered('editor.segmentLabel'),
    select: numbered('bulk.select'),
    editSegment: numbered('editor.editSegment'),
    status: Object.fromEntries([...SEGMENT_STATUSES, 'excluded' as const].map((s) => [s, t(`status.${s}`)])) as Record<SegmentStatus | 'excluded', string>,
    origin: Object.fromEntries(DRAFT_ORIGINS.map((o) => [o, t(`origin.${o}`)])) as Record<DraftOrigin, string>,
    changedFromDraft: t('editor.changedFromDraft'),
    diffShow: t('diff.show'),
    diffHide: t('diff.hide'),
    emptyTarget: t('editor.emptyTarget'),
    commentsOpen: t('comments.open'),
    termKind: Object.fromEntries(TERM_MATCH_KINDS.map((k) => [k, t(`terms.kind.${k}`)])) as Record<TermMatchKind, string>,
  };
}

interface SegmentRowProps {
  /** The list's translate function, language and row labels: a row mounts on every scroll frame, so it takes them rather than subscribing itself. */
  readonly t: TFunction;
  readonly language: string;
  readonly strings: RowStrings;
  readonly segment: Segment;
  readonly number: number;
  readonly active: boolean;
  readonly onActivate: (id: string) => void;
  readonly onEdit: (id: string, text: string) => void;
  readonly onAction: (id: string, action: SegmentAction, offsets: { source?: number; target?: number }) => void;
  readonly terms?: SegmentTerms | undefined;
  /** Given to the active row: the workbench inserts terms and reads selections through it. */
  readonly editorRef?: React.Ref<ActiveRowHandle> | undefined;
  readonly selected?: boolean;
  readonly onSelect?: ((id: string, range: boolean) => void) | undefined;
  /** Show the changes from the draft as insertions and deletions. */
  readonly showDiff?: boolean;
  readonly onToggleDiff?: ((id: string) => void) | undefined;
  /** QA and spelling findings of the active segment, underlined in its editor. */
  readonly findings?: readonly QaFinding[] | undefined;
}

export interface ActiveRowHandle extends TargetEditorHandle {
  /** The selected span of the English, for annotations. */
  selection(): { start: number; end: number } | null;
  /** The Indonesian text the reviewer selected in this row, if any. */
  selectedSource(): string;
}

/**
 * One Indonesian | English pair. Only the active row holds an editor; the others are light
 * text, which keeps a book-length document fast.
 */
export const SegmentRow = memo(function SegmentRow({
  t,
  language,
  strings,
  segment,
  number,
  active,
  onActivate,
  onEdit,
  onAction,
  terms,
  editorRef,
  selected = false,
  onSelect,
  showDiff = false,
  onToggleDiff,
  findings,
}: SegmentRowProps) {
  const editor = useRef<TargetEditorHandle>(null);
  const readOnly = useContext(ReadOnlyContext);
  const sourceRef = useRef<HTMLDivElement>(null);
  // A selection put into the Indonesian while the English editor keeps the focus (a screen
  // reader's browse mode, a script) would be taken back by the editor at its next redraw: the
  // editor lets go of the focus, as a mouse press in the Indonesian makes it do.
  useEffect(() => {
    if (!active) return;
    const onSelection = () => {
      const selection = window.getSelection();
      const focused = document.activeElement;
      if (!selection || selection.isCollapsed || !sourceRef.current?.contains(selection.anchorNode)) return;
      if (focused instanceof HTMLElement && focused.closest('.segment-target') && sourceRef.current.closest('article')?.contains(focused)) focused.blur();
    };
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  }, [active]);
  useImperativeHandle(editorRef, () => ({
    caret: () => editor.current?.caret() ?? null,
    selectedText: () => editor.current?.selectedText() ?? '',
    selection: () => editor.current?.selection() ?? null,
    insert: (text: string) => editor.current?.insert(text),
    replaceAll: (text: string) => editor.current?.replaceAll(text),
    focus: () => editor.current?.focus(),
    selectedSource: () => {
      const selection = window.getSelection();
      return selection && sourceRef.current?.contains(selection.anchorNode) ? selection.toString().trim() : '';
    },
  }));
  const problems = (terms?.checks ?? []).filter((c) => isTermProblem(c.kind) && !c.hit.nested).length;
  const editorMarks: EditorMark[] = active
    ? [
        ...(terms?.checks ?? []).flatMap((c) =>
          c.span && c.kind !== 'missing' ? [{ start: c.span.start, end: c.span.end, className: c.kind === 'ok' ? 'cm-term-ok' : 'cm-term-bad', title: c.hit.matchedForm }] : [],
        ),
        ...(findings ?? []).flatMap((f) =>
          f.targetSpans.map((sp) => ({ start: sp.start, end: sp.end, className: f.checkId.startsWith('spelling') ? 'cm-spell' : `cm-qa cm-qa-${f.severity}`, title: findingText(t, language, f) })),
        ),
      ]
    : [];
  const act = (action: SegmentAction) => {
    const target = editor.current?.caret() ?? undefined;
    onAction(segment.id, action, { ...caretIn(sourceRef.current), ...(target !== undefined ? { target } : {}) });
  };
  const changed = segment.draft ? segment.target !== segment.draft.text : segment.target !== '';
  const status = segment.excluded ? 'excluded' : segment.status;
  return (
    <article
      className={`segment${active ? ' segment-active' : ''}${segment.excluded ? ' segment-excluded' : ''}`}
      aria-label={strings.segmentLabel(number)}
      aria-current={active ? 'true' : undefined}
      data-segment-id={segment.id}
      onClick={active ? undefined : () => !window.getSelection()?.toString() && onActivate(segment.id)}
    >
      <div className="segment-number">
        <span aria-hidden="true">{number}</span>
        {onSelect && (
          <input
            type="checkbox"
            className="segment-select"
            checked={selected}
            aria-label={strings.select(number)}
            onClick={(e) => {
              e.stopPropagation();
              onSelect(segment.id, e.shiftKey);
            }}
            onChange={() => undefined}
          />
        )}
      </div>
      <div className="segment-source" lang="id" ref={sourceRef}>
        <SourceText text={segment.source} codes={segment.codes} hits={terms?.hits} kinds={strings.termKind} />
        {segment.excluded && <div className="segment-note">{t('editor.excludedBecause', { reason: exclusionReason(t, segment.excluded) })}</div>}
      </div>
      <div className="segment-target" lang="en">
        {segment.alignment?.mergedIntoPrevious && !segment.target && <div className="segment-note">{t('editor.mergedIntoPrevious')}</div>}
        {active ? (
          <TargetEditor
            ref={editor}
            value={segment.target}
            codes={segment.codes}
            label={t('editor.targetLabel', { n: number })}
            onChange={(text) => onEdit(segment.id, text)}
            marks={editorMarks}
            marksText={segment.target}
          />
        ) : (
          <button type="button" className="segment-target-text" aria-label={strings.editSegment(number)}>
            {segment.target && showDiff && changed && segment.draft ? (
              <DiffText before={segment.draft.text} after={segment.target} />
            ) : segment.target ? (
              <InlineText text={segment.target} codes={segment.codes} />
            ) :
              (segment.excluded || segment.alignment?.mergedIntoPrevious ? null : <span className="placeholder">{strings.emptyTarget}</span>)}
          </button>
        )}
        {active && !readOnly && <SegmentActions segment={segment} onAction={act} />}
      </div>
      <div className="segment-meta">
        <StatusBadge status={status} label={strings.status[status]} />
        {changed && (
          <span className="marker" title={strings.changedFromDraft}>
            <span aria-hidden="true">✎</span>
            <span className="visually-hidden">{strings.changedFromDraft}</span>
          </span>
        )}
        {segment.draft && <span className="origin">{strings.origin[segment.draft.origin]}</span>}
        {changed && segment.draft && onToggleDiff && (
          <button type="button" className="link-button small-link" aria-pressed={showDiff} onClick={(e) => (e.stopPropagation(), onToggleDiff(segment.id))}>
            {showDiff ? strings.diffHide : strings.diffShow}
          </button>
        )}
        {(segment.comments ?? []).some((c) => !c.resolved) && (
          <span className="marker" title={strings.commentsOpen}>
            <span aria-hidden="true">💬</span> <span className="visually-hidden">{strings.commentsOpen}</span>
          </span>
        )}
        {(segment.annotations ?? []).length > 0 && (
          <span className="marker-warn">
            {t('annotations.count', { count: (segment.annotations ?? []).length })}
          </span>
        )}
        {problems > 0 && !segment.excluded && (
          <span className="marker-warn" title={t('terms.problemsHint')}>
            <span aria-hidden="true">⚑</span> {t('terms.problems', { count: problems })}
          </span>
        )}
        {segment.alignment?.lowConfidence && !segment.excluded && (
          <span className="marker-warn" title={t('editor.lowConfidenceHint')}>
            <span aria-hidden="true">⚠</span> {t('editor.lowConfidence')}
          </span>
        )}
      </div>
    </article>
  );
});

type TermHits = SegmentTerms['hits'];

/**
 * The Indonesian with its term hits. A redraw of the row (term hits fetched again, a sync, the
 * live check of the English) brings new hit objects with the same content: this renders only when
 * the text, the codes or what the hits say changed, so the DOM under a selection the reviewer is
 * making stays as it is.
 */
const SourceText = memo(
  function SourceText({ text, codes, hits, kinds }: { text: string; codes: Segment['codes']; hits: TermHits | undefined; kinds: RowStrings['termKind'] }) {
    const marks: TextMark[] = (hits ?? [])
      .filter((h) => !h.nested)
      .map((h) => {
        const kind = kinds[h.kind];
        return { start: h.start, end: h.end, className: `term-hit term-hit-${h.kind}`, title: `${kind}: ${h.stems.length ? h.stems.join(', ') : h.matchedForm}`, description: kind };
      });
    return <InlineText text={text} codes={codes} marks={marks} />;
  },
  (a, b) => a.text === b.text && a.codes === b.codes && a.kinds === b.kinds && sameHits(a.hits, b.hits),
);

function sameHits(a: TermHits | undefined, b: TermHits | undefined): boolean {
  if (a === b) return true;
  const x = a ?? [];
  const y = b ?? [];
  if (x.length !== y.length) return false;
  return x.every((h, i) => {
    const o = y[i];
    return !!o && h.start === o.start && h.end === o.end && h.kind === o.kind && h.nested === o.nested && h.matchedForm === o.matchedForm && h.stems.join('\u0000') === o.stems.join('\u0000');
  });
}

/** Where the reviewer put the caret in the source text, if they did. */
function caretIn(element: HTMLElement | null): { source?: number } {
  const selection = window.getSelection();
  if (!element || !selection || selection.rangeCount === 0) return {};
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer)) return {};
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  return { source: before.toString().length };
}
