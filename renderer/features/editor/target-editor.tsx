import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import type { Extension } from '@codemirror/state';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import type { DecorationSet, ViewUpdate } from '@codemirror/view';
import { Decoration, EditorView, keymap, MatchDecorator, ViewPlugin, WidgetType } from '@codemirror/view';
import { forwardRef, useContext, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { ReadOnlyContext } from './read-only';
import type { InlineCode } from '../../../shared/model/segment';
import { setFocusHome } from '../../components/focus-home';
import { chipLabel, INLINE_CODE_PATTERN } from './inline-codes';

export interface TargetEditorHandle {
  /** Caret offset in the text, or null when the caret is at the very end. */
  caret(): number | null;
  /** The text the reviewer selected, if any. */
  selectedText(): string;
  /** The selected span (offsets in the text), or null without a selection. */
  selection(): { start: number; end: number } | null;
  /** Replaces the whole text (a TM match), as one undoable change. */
  replaceAll(text: string): void;
  /** Inserts text at the caret (or over the selection), as one undoable change. */
  insert(text: string): void;
  focus(): void;
}

/** A span to underline in the English: a QA or spelling finding, a term found or misused. */
export interface EditorMark {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  readonly title: string;
}

const setMarks = StateEffect.define<DecorationSet>();

/** Marks move with the text as the reviewer types, and are replaced when fresh ones arrive. */
const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(setMarks)) return effect.value;
    return value.map(tr.changes);
  },
  provide: (field) => EditorView.decorations.from(field),
});

function buildMarks(marks: readonly EditorMark[], length: number): DecorationSet {
  const ranges = marks
    .filter((m) => m.start < m.end && m.end <= length)
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((m) => Decoration.mark({ class: m.className, attributes: { title: m.title } }).range(m.start, m.end));
  return Decoration.set(ranges, true);
}

interface TargetEditorProps {
  /** Spans to underline, computed for `marksText` (ignored once the text has moved on). */
  readonly marks?: readonly EditorMark[];
  readonly marksText?: string;
  readonly value: string;
  readonly codes?: readonly InlineCode[] | undefined;
  readonly label: string;
  readonly onChange: (text: string) => void;
}

// The workbench takes its current keys before the editor sees them (use-workbench-keys.ts).
// The default ones stay out of the editor even once remapped: Ctrl+Enter never adds a line to
// a segment, and Alt+arrows never move or copy one.
const RESERVED = new Set(['Mod-Enter', 'Alt-ArrowUp', 'Alt-ArrowDown', 'Shift-Alt-ArrowUp', 'Shift-Alt-ArrowDown']);
const editorKeys = [...defaultKeymap, ...historyKeymap].filter((b) => !b.key || !RESERVED.has(b.key));

class ChipWidget extends WidgetType {
  constructor(readonly label: string) {
    super();
  }
  override eq(other: ChipWidget): boolean {
    return other.label === this.label;
  }
  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'chip';
    span.textContent = this.label;
    span.setAttribute('aria-label', `tag ${this.label}`);
    return span;
  }
}

/** Inline codes as chips the cursor steps over as a whole: they can be moved or deleted, never broken. */
function chips(codes: readonly InlineCode[] | undefined): Extension {
  const decorator = new MatchDecorator({
    regexp: INLINE_CODE_PATTERN,
    decoration: (match) => Decoration.replace({ widget: new ChipWidget(chipLabel(match[0], codes)) }),
  });
  const plugin = ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = decorator.createDeco(view);
      }
      update(update: ViewUpdate) {
        this.decorations = decorator.updateDeco(update, this.decorations);
      }
    },
    { decorations: (v) => v.decorations },
  );
  return [plugin, EditorView.atomicRanges.of((view) => view.plugin(plugin)?.decorations ?? Decoration.none)];
}

/** The one rich editor, for the active segment's English. */
export const TargetEditor = forwardRef<TargetEditorHandle, TargetEditorProps>(function TargetEditor({ value, codes, label, onChange, marks, marksText }, ref) {
  const host = useRef<HTMLDivElement>(null);
  const readOnly = useContext(ReadOnlyContext);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  // Each save returns a new segment object; rebuild the editor only when the codes really change.
  const codesKey = useMemo(() => JSON.stringify(codes ?? []), [codes]);
  const codesRef = useRef(codes);
  codesRef.current = codes;

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          history(),
          keymap.of(editorKeys),
          EditorView.lineWrapping,
          // A read-only project: the text can be read, selected and copied, not changed.
          EditorState.readOnly.of(readOnly),
          EditorView.contentAttributes.of({ 'aria-label': label, role: 'textbox', 'aria-multiline': 'true', 'aria-readonly': String(readOnly), lang: 'en', spellcheck: 'false' }),
          chips(codesRef.current),
          marksField,
          EditorView.updateListener.of((u) => {
            if (u.docChanged) onChangeRef.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    // A dialog open over the workbench keeps the keyboard: what the reviewer types there (their
    // name in Settings while the document is still loading) must not land in the segment.
    if (!document.activeElement?.closest('[role="dialog"]')) editor.focus();
    editor.dispatch({ selection: { anchor: editor.state.doc.length } });
    // Focus that loses its place (a dialog's field, a button that went away) comes back here.
    const leaveHome = setFocusHome(editor.contentDOM, () => editor.focus());
    return () => {
      leaveHome();
      editor.destroy();
      view.current = null;
    };
    // The editor is created once per active segment; value changes are synced below.
  }, [label, codesKey, readOnly]);

  // A change from outside (pairing corrections, propagation) replaces the text.
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || marksText === undefined || editor.state.doc.toString() !== marksText) return;
    editor.dispatch({ effects: setMarks.of(buildMarks(marks ?? [], editor.state.doc.length)) });
  }, [marks, marksText]);

  useImperativeHandle(ref, () => ({
    caret() {
      const editor = view.current;
      if (!editor) return null;
      const at = editor.state.selection.main.head;
      return at > 0 && at < editor.state.doc.length ? at : null;
    },
    selectedText() {
      const editor = view.current;
      if (!editor) return '';
      const { from, to } = editor.state.selection.main;
      return editor.state.sliceDoc(from, to);
    },
    selection() {
      const editor = view.current;
      if (!editor) return null;
      const { from, to } = editor.state.selection.main;
      return from === to ? null : { start: from, end: to };
    },
    replaceAll(text: string) {
      const editor = view.current;
      if (!editor) return;
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text }, selection: { anchor: text.length } });
      editor.focus();
    },
    insert(text: string) {
      const editor = view.current;
      if (!editor) return;
      editor.dispatch(editor.state.replaceSelection(text));
      editor.focus();
    },
    focus() {
      view.current?.focus();
    },
  }));

  return <div ref={host} className="segment-editor" />;
});
