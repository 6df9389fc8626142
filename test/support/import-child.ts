/**
 * An import in its own process, for the kill tests (test/service/storage-kill.test.ts).
 *
 * Run: node --import tsx test/support/import-child.ts DIR DOCUMENT-ID
 * Opens the project in DIR, imports a document of IMPORT_SEGMENTS segments with an original file
 * (blobs first, then one journal line) and prints "ack DOCUMENT-ID" once `commit()` returns.
 */
import { pathToFileURL } from 'node:url';
import type { Segment } from '../../shared/model/segment';
import { ProjectStore } from '../../electron/services/project-store';

export const IMPORT_SEGMENTS = 20_000;

export function importedOriginal(documentId: string): string {
  return `<xliff version="1.2"><file original="${documentId}">${'<trans-unit><source>Banjir di Jakarta.</source></trans-unit>'.repeat(IMPORT_SEGMENTS)}</file></xliff>`;
}

async function main(): Promise<void> {
  const [dir, documentId] = process.argv.slice(2);
  if (!dir || !documentId) throw new Error('usage: import-child.ts DIR DOCUMENT-ID');
  const store = await ProjectStore.open(dir, { owner: `kill-test ${process.pid}` });
  process.stdout.write('open\n');
  const segments: Segment[] = Array.from({ length: IMPORT_SEGMENTS }, (_, i) => ({
    id: `${documentId}-${i}`, documentId, index: i, kind: 'paragraph', source: `Paragraf ${i} tentang banjir di Jakarta.`, draft: { text: `Paragraph ${i} about the floods.`, origin: 'mt' }, target: `Paragraph ${i} about the floods.`, status: 'draft',
  }));
  const document = { id: documentId, name: `${documentId}.xlf`, format: 'xliff12' as const, sourceLang: 'id', targetLang: 'en', segmentation: 'paragraph' as const, importedAt: '', original: importedOriginal(documentId) };
  store.commit({ op: 'add-document', document, segments, revisions: [] });
  process.stdout.write(`ack ${documentId}\n`);
  await store.close();
  process.stdout.write('done\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  });
}
