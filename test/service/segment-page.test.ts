import { describe, expect, it } from 'vitest';
import { createHandlers, dispatch } from '../../electron/services/api';
import { Workspace } from '../../electron/services/workspace';
import { renderMessage } from '../../shared/messages/text';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('segments:page (the workbench reads a document a window at a time)', () => {
  it('gives the segments from offset, at most limit of them, with the document total; an unknown document is said', async () => {
    const dataDir = tempDir();
    const ws = await Workspace.create({ dataDir, owner: 'test' });
    try {
      const project = (await ws.createProject('Uji')).path;
      const text = Array.from({ length: 12 }, (_, i) => `Paragraf nomor ${i + 1} tentang banjir.`).join('\n\n');
      const imported = await ws.importDocument({ project, source: { name: 'uji.txt', base64: Buffer.from(text).toString('base64') } });
      const documentId = imported.document.id;
      const h = createHandlers(ws, { version: 't', transport: 'web', dataDir });

      const first = await h['segments:page']({ project, documentId, offset: 0, limit: 5 });
      const last = await h['segments:page']({ project, documentId, offset: 10, limit: 5 });
      const whole = await h['segments:list']({ project, documentId });
      expect(first.total).toBe(12);
      expect(first.segments.map((s) => s.source)).toEqual(whole.slice(0, 5).map((s) => s.source));
      expect(last.segments.map((s) => s.source)).toEqual(['Paragraf nomor 11 tentang banjir.', 'Paragraf nomor 12 tentang banjir.']);

      const unknown = await dispatch(h, 'segments:page', { project, documentId: 'nope', offset: 0, limit: 5 });
      expect(unknown.ok).toBe(false);
      if (!unknown.ok && unknown.error.text) expect(renderMessage(unknown.error.text, 'en')).toMatch(/nope|document/i);
      if (!unknown.ok) expect(unknown.error.message).toMatch(/nope|document/i);
      const tooMany = await dispatch(h, 'segments:page', { project, documentId, offset: 0, limit: 50_000 });
      expect(tooMany.ok).toBe(false);
    } finally {
      await ws.close();
    }
  });
});
