import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../electron/services/settings-store';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();

describe('settings shared by the app, the web bridge and the CLI', () => {
  it('keeps a change another process made since this one opened the file', async () => {
    const dir = tempDir();
    const app = await SettingsStore.open(dir);
    const cli = await SettingsStore.open(dir);
    await app.update({ reviewer: { name: 'Sari Wulandari', initials: 'SW', role: 'second-reviewer' } });
    await cli.touchRecent({ path: '/proyek/berita.tinjau', name: 'Berita', openedAt: '2026-11-22T08:00:00.000Z' });
    await app.update({ theme: 'dark' });
    const again = await SettingsStore.open(dir);
    expect(again.settings).toMatchObject({ reviewer: { name: 'Sari Wulandari', role: 'second-reviewer' }, theme: 'dark' });
    expect(again.recent.map((r) => r.name)).toEqual(['Berita']);
  });

  it('starts with defaults from a damaged file and keeps the damaged file beside it', async () => {
    const dir = tempDir();
    const damaged = '{"settings": {"reviewer": {"name": "Sari"}}, "boilerplateRules": [{"id": "mine"';
    writeFileSync(path.join(dir, 'settings.json'), damaged);
    const store = await SettingsStore.open(dir);
    expect(store.settings.theme).toBe('system');
    const kept = readdirSync(dir).filter((f) => f.startsWith('settings.damaged-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(path.join(dir, kept[0]!), 'utf8')).toBe(damaged);
  });
});
