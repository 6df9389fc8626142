import type { InlineCode, Segment } from '../../model/segment';
import { languageTag, needsPreserve, tag } from '../../xml/build';
import { escapeText } from '../../xml/escape';
import type { BilingualDocumentMeta, BilingualExportOptions } from '../../xml/export-options';
import { DEFAULT_TOOL_VERSION, TOOL_NAME } from '../../xml/export-options';
import { nativeContent, writeInline } from '../../xml/inline';
import { XLIFF12_NAMESPACE } from './units';
import { xliff12StateFor } from './status';

/**
 * Creates an XLIFF 1.2 file (valid against the strict schema) for a document that did not come
 * from XLIFF.
 *
 * One trans-unit per segment, id = segment id. Status → `state` (approved and reviewed also set
 * approved="yes"); the draft goes into `<alt-trans origin="mt|human|import|tm">`; file notes and
 * reviewer comments become `<note>`s; excluded segments get translate="no". Inline codes are
 * written as `bpt`/`ept`/`ph`/`it` holding the original markup as native code.
 */
export function createXliff12(
  doc: BilingualDocumentMeta,
  segments: readonly Segment[],
  options: BilingualExportOptions = {},
): string {
  const units = [...segments].sort((a, b) => a.index - b.index).map((s) => unit(s, options));
  // alt-trans/@tool-id must name a <tool> in the header (schema keyref), so MT/TM engines are listed.
  const engines = [...new Set(segments.flatMap((s) => (s.draft?.engine ? [s.draft.engine] : [])))];
  const tools = [
    tag('tool', [['tool-id', 'tinjau'], ['tool-name', TOOL_NAME], ['tool-version', options.toolVersion ?? DEFAULT_TOOL_VERSION]]),
    ...engines.map((engine) => tag('tool', [['tool-id', engineToolId(engine)], ['tool-name', engine]])),
  ];
  const header = tag('header', [], tools.join(''));
  const file = tag(
    'file',
    [
      ['original', doc.name],
      ['source-language', languageTag(doc.sourceLang)],
      ['target-language', languageTag(doc.targetLang)],
      ['datatype', 'plaintext'],
      ['tool-id', 'tinjau'],
    ],
    `\n    ${header}\n    <body>${units.join('')}\n    </body>\n  `,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="${XLIFF12_NAMESPACE}">\n  ${file}\n</xliff>\n`;
}

function engineToolId(engine: string): string {
  return `engine:${engine}`;
}

function unit(segment: Segment, options: BilingualExportOptions): string {
  const indent = '\n        ';
  const parts: string[] = [tag('source', [], codesToXliff12(segment.source, segment.codes))];
  if (segment.target !== '' || segment.status !== 'new') {
    parts.push(tag('target', [['state', xliff12StateFor(segment.status)]], codesToXliff12(segment.target, segment.codes)));
  }
  for (const note of segment.notes ?? []) parts.push(tag('note', [['from', 'file']], escapeText(note)));
  for (const comment of options.commentsOf?.(segment.id) ?? []) {
    parts.push(tag('note', [['from', comment.author]], escapeText(comment.text)));
  }
  if (segment.excluded) parts.push(tag('note', [['from', 'tinjau']], escapeText(`Excluded: ${segment.excluded.reason}`)));
  if (segment.draft && segment.draft.text !== '') {
    parts.push(
      tag(
        'alt-trans',
        [
          ['origin', segment.draft.origin],
          ['tool-id', segment.draft.engine ? engineToolId(segment.draft.engine) : undefined],
          ['match-quality', segment.draft.matchPercent !== undefined ? String(segment.draft.matchPercent) : undefined],
        ],
        tag('target', [], codesToXliff12(segment.draft.text, segment.codes)),
      ),
    );
  }
  const preserve = needsPreserve(segment.source, segment.target) ? 'preserve' : undefined;
  return `\n      ${tag(
    'trans-unit',
    [
      ['id', segment.id],
      ['approved', segment.status === 'approved' || segment.status === 'reviewed' ? 'yes' : undefined],
      ['translate', segment.excluded ? 'no' : undefined],
      ['xml:space', preserve],
    ],
    indent + parts.join(indent) + '\n      ',
  )}`;
}

/** Text with code characters as XLIFF 1.2 native-code elements, ids = code index + 1. */
export function codesToXliff12(text: string, codes: readonly InlineCode[] = []): string {
  return writeInline(text, codes, (code, index, partner) => {
    const id = String(index + 1);
    const native = nativeContent(code, ['bpt', 'ept', 'it', 'ph']);
    if (code.kind === 'placeholder') return tag('ph', [['id', id]], native);
    if (partner === undefined) return tag('it', [['id', id], ['pos', code.kind]], native);
    return code.kind === 'open'
      ? tag('bpt', [['id', id], ['rid', id]], native)
      : tag('ept', [['id', id], ['rid', String(partner + 1)]], native);
  });
}
