import type { InlineCode, Segment } from '../../model/segment';
import { languageTag, tag } from '../../xml/build';
import { escapeText } from '../../xml/escape';
import type { BilingualDocumentMeta, BilingualExportOptions } from '../../xml/export-options';
import { DEFAULT_TOOL_VERSION, TOOL_NAME } from '../../xml/export-options';
import { nativeContent, writeInline } from '../../xml/inline';

/**
 * Creates a TMX 1.4 memory (valid against tmx14.dtd): one `<tu>` per segment given.
 *
 * `tuid` is the segment id; creationid/changeid and dates come from `historyOf` (falling back to
 * the segment's `updatedBy`/`updatedAt`); the document name is `<prop type="x-document">` and the
 * status `<prop type="x-status">`; notes and comments are `<note>`s. The target `<tuv>` holds the
 * reviewed target and is left out while the target is empty.
 */
export function createTmx(
  doc: BilingualDocumentMeta,
  segments: readonly Segment[],
  options: BilingualExportOptions = {},
): string {
  const now = tmxDate(options.now ?? new Date().toISOString()) ?? '';
  const sourceLang = languageTag(doc.sourceLang);
  const targetLang = languageTag(doc.targetLang);
  const header = tag('header', [
    ['creationtool', TOOL_NAME],
    ['creationtoolversion', options.toolVersion ?? DEFAULT_TOOL_VERSION],
    // A paragraph (or line) unit is not a sentence: OmegaT would split it again and match less.
    ['segtype', doc.segmentation === 'sentence' ? 'sentence' : 'paragraph'],
    ['o-tmf', TOOL_NAME],
    ['adminlang', 'en'],
    ['srclang', sourceLang],
    ['datatype', 'plaintext'],
    ['creationdate', now],
  ]);
  // Documents in the order given (a project's TMX holds several), each in its own order.
  const documentOrder = new Map<string, number>();
  for (const s of segments) if (!documentOrder.has(s.documentId)) documentOrder.set(s.documentId, documentOrder.size);
  const units = [...segments]
    .sort((a, b) => (documentOrder.get(a.documentId) ?? 0) - (documentOrder.get(b.documentId) ?? 0) || a.index - b.index)
    .map((segment) => {
      const history = options.historyOf?.(segment.id);
      const changedAt = tmxDate(history?.changedAt ?? segment.updatedAt) ?? now;
      const createdAt = tmxDate(history?.createdAt) ?? changedAt;
      const changedBy = history?.changedBy ?? segment.updatedBy;
      const createdBy = history?.createdBy ?? changedBy;
      const children = [
        tag('prop', [['type', 'x-document']], escapeText(options.documentNameOf?.(segment) ?? doc.name)),
        tag('prop', [['type', 'x-status']], segment.status),
        ...(segment.notes ?? []).map((n) => tag('note', [], escapeText(n))),
        ...(options.commentsOf?.(segment.id) ?? []).map((c) =>
          tag('note', [], escapeText(c.author ? `${c.author}: ${c.text}` : c.text)),
        ),
        tag('tuv', [['xml:lang', sourceLang]], tag('seg', [], codesToTmx(segment.source, segment.codes))),
        ...(segment.target !== ''
          ? [tag('tuv', [['xml:lang', targetLang]], tag('seg', [], codesToTmx(segment.target, segment.codes)))]
          : []),
      ];
      return tag(
        'tu',
        [
          ['tuid', segment.id],
          ['creationid', createdBy],
          ['creationdate', createdAt],
          ['changeid', changedBy],
          ['changedate', changedAt],
        ],
        `\n      ${children.join('\n      ')}\n    `,
      );
    });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  ${header}\n  <body>` +
    units.map((u) => `\n    ${u}`).join('') +
    '\n  </body>\n</tmx>\n'
  );
}

/** ISO 8601 → TMX's `YYYYMMDDThhmmssZ` (UTC); undefined when missing or unreadable. */
export function tmxDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/** Text with code characters as TMX `bpt`/`ept`/`it`/`ph` holding the original markup. */
export function codesToTmx(text: string, codes: readonly InlineCode[] = []): string {
  return writeInline(text, codes, (code, index, partner) => {
    const native = nativeContent(code, ['bpt', 'ept', 'it', 'ph', 'ut']);
    const x = String(index + 1);
    if (code.kind === 'placeholder') return tag('ph', [['x', x]], native);
    if (partner === undefined) return tag('it', [['pos', code.kind === 'open' ? 'begin' : 'end'], ['x', x]], native);
    return code.kind === 'open'
      ? tag('bpt', [['i', x], ['x', x]], native)
      : tag('ept', [['i', String(partner + 1)]], native);
  });
}
