import type { InlineCode, Segment } from '../../model/segment';
import { languageTag, needsPreserve, tag } from '../../xml/build';
import { escapeAttribute, escapeText } from '../../xml/escape';
import type { BilingualDocumentMeta, BilingualExportOptions } from '../../xml/export-options';
import { writeInline } from '../../xml/inline';
import { SUBSTATE_PREFIX, xliff20StateFor } from './status';
import { XLIFF20_NAMESPACE } from './units';

const MTC_NAMESPACE = 'urn:oasis:names:tc:xliff:matches:2.0';

/**
 * Creates an XLIFF 2.0 file (valid against the core schema) for a document that did not come
 * from XLIFF.
 *
 * One unit with one segment per Tinjau segment; `state` from the status with
 * `subState="tinjau:<status>"`; notes and comments in `<notes>`; the draft as a Translation
 * Candidates `<mtc:match>` with its origin; excluded segments get translate="no"; inline codes
 * are `ph`/`sc`/`ec` pointing at `<originalData>` that holds the original markup.
 */
export function createXliff20(
  doc: BilingualDocumentMeta,
  segments: readonly Segment[],
  options: BilingualExportOptions = {},
): string {
  const used = new Set<string>();
  const units = [...segments]
    .sort((a, b) => a.index - b.index)
    .map((s) => {
      // Unit ids must be unique NMTOKENs; two segment ids may clean up to the same one.
      let id = nmtoken(s.id);
      for (let n = 2; used.has(id); n++) id = `${nmtoken(s.id)}_${n}`;
      used.add(id);
      return unit(s, id, options);
    });
  const file = tag('file', [['id', 'f1'], ['original', doc.name]], `${units.join('')}\n  `);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff xmlns="${XLIFF20_NAMESPACE}" xmlns:mtc="${MTC_NAMESPACE}" version="2.0"` +
    ` srcLang="${escapeAttribute(languageTag(doc.sourceLang))}" trgLang="${escapeAttribute(languageTag(doc.targetLang))}">\n  ${file}\n</xliff>\n`
  );
}

/** XML NMTOKENs allow letters, digits and `.-_:`; segment ids are usually UUIDs already. */
function nmtoken(id: string): string {
  return id.replace(/[^\p{L}\p{N}._:-]/gu, '_') || 'u';
}

function unit(segment: Segment, id: string, options: BilingualExportOptions): string {
  const i1 = '\n      ';
  const parts: string[] = [];
  const data: string[] = [];
  const codes = segment.codes ?? [];
  codes.forEach((code, i) => data.push(tag('data', [['id', `d${i + 1}`]], escapeText(code.xml))));
  if (segment.draft && segment.draft.text !== '') {
    const match = tag(
      'mtc:match',
      [
        ['ref', '#s1'],
        ['origin', segment.draft.engine ? `${segment.draft.origin}:${segment.draft.engine}` : segment.draft.origin],
        ['matchQuality', segment.draft.matchPercent !== undefined ? String(segment.draft.matchPercent) : undefined],
      ],
      tag('source', [], codesToXliff20(segment.source, codes)) + tag('target', [], codesToXliff20(segment.draft.text, codes)),
    );
    parts.push(tag('mtc:matches', [], match));
  }
  const notes = [
    ...(segment.notes ?? []).map((n) => tag('note', [['category', 'file']], escapeText(n))),
    ...(options.commentsOf?.(segment.id) ?? []).map((c) =>
      tag('note', [['category', 'comment']], escapeText(c.author ? `${c.author}: ${c.text}` : c.text)),
    ),
    ...(segment.excluded ? [tag('note', [['category', 'tinjau']], escapeText(`Excluded: ${segment.excluded.reason}`))] : []),
  ];
  if (notes.length > 0) parts.push(tag('notes', [], notes.join('')));
  if (data.length > 0) parts.push(tag('originalData', [], data.join('')));
  const hasTarget = segment.target !== '' || segment.status !== 'new';
  parts.push(
    tag(
      'segment',
      [['id', 's1'], ['state', xliff20StateFor(segment.status)], ['subState', `${SUBSTATE_PREFIX}${segment.status}`]],
      tag('source', [], codesToXliff20(segment.source, codes)) +
        (hasTarget ? tag('target', [], codesToXliff20(segment.target, codes)) : ''),
    ),
  );
  const preserve = needsPreserve(segment.source, segment.target) ? 'preserve' : undefined;
  return `\n    ${tag(
    'unit',
    [['id', id], ['translate', segment.excluded ? 'no' : undefined], ['xml:space', preserve]],
    i1 + parts.join(i1) + '\n    ',
  )}`;
}

/** Text with code characters as XLIFF 2 `ph`/`sc`/`ec`, ids = `c` + code index + 1. */
export function codesToXliff20(text: string, codes: readonly InlineCode[] = []): string {
  return writeInline(text, codes, (code, index, partner) => {
    const id = `c${index + 1}`;
    const dataRef = `d${index + 1}`;
    if (code.kind === 'placeholder') return tag('ph', [['id', id], ['dataRef', dataRef], ['disp', code.display]]);
    if (code.kind === 'open') {
      return tag('sc', [['id', id], ['dataRef', dataRef], ['disp', code.display], ['isolated', partner === undefined ? 'yes' : undefined]]);
    }
    return partner === undefined
      ? tag('ec', [['id', id], ['dataRef', dataRef], ['disp', code.display], ['isolated', 'yes']])
      : tag('ec', [['startRef', `c${partner + 1}`], ['dataRef', dataRef], ['disp', code.display]]);
  });
}
