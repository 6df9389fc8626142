import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImportedDocument } from '../../../shared/model/imported';
import type { Segment, SegmentStatus } from '../../../shared/model/segment';
import { FIXTURES_DIR } from '../../support/paths';

/** A fixture file as text, the way the import service hands it to a reader (BOM included). */
export function fixture(...parts: string[]): string {
  const bytes = readFileSync(path.join(FIXTURES_DIR, ...parts));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  return bytes.toString('utf8');
}

/** Segments as the import service would create them: the file's target as draft and as target. */
export function segmentsFrom(doc: ImportedDocument, documentId = 'doc-1'): Segment[] {
  return doc.blocks.map((block, index) => ({
    id: `s${index + 1}`,
    documentId,
    index,
    kind: block.kind,
    source: block.source,
    draft: block.draft !== undefined ? { text: block.draft, origin: block.draftOrigin ?? 'import' } : null,
    target: block.draft ?? '',
    status: (block.status ?? 'new') as SegmentStatus,
    ...(block.codes ? { codes: block.codes } : {}),
    ...(block.notes ? { notes: block.notes } : {}),
    ...(block.origin ? { origin: block.origin } : {}),
  }));
}

export function withSegment(segments: readonly Segment[], index: number, change: Partial<Segment>): Segment[] {
  return segments.map((s, i) => (i === index ? { ...s, ...change } : s));
}

/** Shows the chips as [display] so expectations read like what the reviewer sees. */
export function chips(text: string, codes: readonly { display: string }[] = []): string {
  return text.replace(/[\uE000-\uEFFF]/g, (c) => `[${codes[c.charCodeAt(0) - 0xe000]?.display ?? '?'}]`);
}

export const HAS_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

/** Runs xmllint with the given arguments on `xml`; returns its complaints ('' when valid). */
export function xmllint(xml: string, args: readonly string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tinjau-xmllint-'));
  const file = path.join(dir, 'out.xml');
  writeFileSync(file, xml, 'utf8');
  try {
    execFileSync('xmllint', ['--noout', '--nonet', ...args, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    const e = error as { stderr?: Buffer };
    return e.stderr?.toString() ?? String(error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
