// `tinjau pretranslate` and `tinjau tm ...` through runCli, as a script would call them.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MtService } from '../../electron/services/mt/mt-service';
import type { MtServer } from '../support/mt-servers';
import { startMtServer } from '../support/mt-servers';
import { tinjau, useCliTempDir } from '../support/cli';

const tempDir = useCliTempDir();
const servers: MtServer[] = [];

afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

const TMX = `<?xml version="1.0"?><tmx version="1.4"><header srclang="id" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
<tu><tuv xml:lang="id"><seg>Warga mengungsi ke balai desa.</seg></tuv><tuv xml:lang="en"><seg>Residents fled to the village hall.</seg></tuv></tu>
</body></tmx>`;

describe('tinjau tm and pretranslate', () => {
  it('imports a TMX file, then fills drafts from the TM and an MT engine', async () => {
    const root = tempDir();
    const dir = path.join(root, 'berita.tinjau');
    const source = path.join(root, 'berita.txt');
    writeFileSync(source, 'Warga mengungsi ke balai desa.\n\nHarga cabai naik.\n');
    const tmx = path.join(root, 'lama.tmx');
    writeFileSync(tmx, TMX);
    expect((await tinjau('init', dir)).code).toBe(0);
    expect((await tinjau('import', dir, source)).code).toBe(0);

    const imported = await tinjau('tm', 'import', dir, tmx, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout).files[0]).toMatchObject({ added: 1 });

    const server = await startMtServer('libretranslate');
    servers.push(server);
    new MtService(process.env.TINJAU_DATA_DIR ?? '').save({ id: 'libre', kind: 'libretranslate', name: 'LibreTranslate', endpoint: server.url });

    const run = await tinjau('pretranslate', dir, '--tm-threshold', '85', '--mt', 'libre', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).documents[0]).toMatchObject({ filled: 2, fromTm: 1, fromMt: 1, cancelled: false });

    const human = await tinjau('tm', 'search', dir, 'Warga mengungsi ke balai kota.');
    expect(human.stdout).toMatch(/^\d+% {2}Warga mengungsi ke balai desa\./);
  });

  it('exits 2 on a wrong command line and 1 on an unknown engine', async () => {
    const root = tempDir();
    const dir = path.join(root, 'kosong.tinjau');
    await tinjau('init', dir);
    expect((await tinjau('pretranslate', dir, '--tm-threshold', 'abc')).code).toBe(2);
    expect((await tinjau('tm', 'import', dir)).code).toBe(2);
    const missing = await tinjau('pretranslate', dir, '--mt', 'nothing', '--json');
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stderr).error).toMatchObject({ code: 'not-found', message: expect.stringContaining('"nothing"') });
  });
});
