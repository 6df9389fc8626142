import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SafeStorageLike } from '../../electron/services/mt/key-store';
import { FileKeyStore, keyStoreFor, safeStorageKeyStore, setKeyStoreFactory } from '../../electron/services/mt/key-store';
import { MtService } from '../../electron/services/mt/mt-service';
import { useTempDir } from '../support/temp';

const tempDir = useTempDir();
afterEach(() => setKeyStoreFactory((dir) => new FileKeyStore(dir)));

/** Stands in for Electron's safeStorage: a reversible transform, so the key is never stored as written. */
function fakeSafeStorage(available = true, backend = 'gnome_libsecret'): SafeStorageLike & { calls: number } {
  const fake = {
    calls: 0,
    isEncryptionAvailable: () => available,
    encryptString: (s: string) => {
      fake.calls++;
      return Buffer.from([...Buffer.from(s, 'utf8')].map((b) => b ^ 0x5a));
    },
    decryptString: (b: Buffer) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString('utf8'),
    getSelectedStorageBackend: () => backend,
  };
  return fake;
}

const provider = { id: 'deepl', kind: 'deepl' as const, name: 'DeepL', endpoint: 'http://127.0.0.1:9/' };

describe('MT key stores', () => {
  it('the file store encrypts at rest with an owner-only install key and says it is not the keychain', () => {
    const dir = tempDir();
    const store = new FileKeyStore(dir);
    store.set('deepl', 'key-abc-123:fx');
    expect(store.get('deepl')).toBe('key-abc-123:fx');
    expect(new FileKeyStore(dir).get('deepl')).toBe('key-abc-123:fx');
    const files = readdirSync(path.join(dir, 'mt-keys'));
    expect(files.sort()).toEqual(['install.key', 'keys.json']);
    for (const f of files) {
      expect(readFileSync(path.join(dir, 'mt-keys', f), 'utf8')).not.toContain('key-abc-123');
      expect(statSync(path.join(dir, 'mt-keys', f)).mode & 0o077).toBe(0);
    }
    expect(store.description).toMatch(/not the OS keychain/);
    store.delete('deepl');
    expect(store.has('deepl')).toBe(false);
  });

  it('electron/main.ts can install a safeStorage-backed store; the services then use it', () => {
    const dir = tempDir();
    const safe = fakeSafeStorage();
    setKeyStoreFactory((d) => safeStorageKeyStore(safe, d));
    const mt = new MtService(dir);
    const [info] = mt.save({ ...provider, apiKey: 'secret-999' });
    expect(info).toMatchObject({ hasKey: true, keyStorage: 'In the operating system keychain (Electron safeStorage).' });
    expect(safe.calls).toBe(1);
    expect(keyStoreFor(dir).get('deepl')).toBe('secret-999');
    expect(readFileSync(path.join(dir, 'mt-keys', 'os-keys.json'), 'utf8')).not.toContain('secret-999');
    expect(readFileSync(path.join(dir, 'mt-providers.json'), 'utf8')).not.toContain('secret');
    // Saving again without a key keeps it; an empty key removes it.
    expect(mt.save(provider)[0]?.hasKey).toBe(true);
    expect(mt.save({ ...provider, apiKey: '' })[0]?.hasKey).toBe(false);
  });

  it('falls back to the file store when safeStorage cannot encrypt, and warns about basic_text', () => {
    expect(safeStorageKeyStore(fakeSafeStorage(false), tempDir())).toBeInstanceOf(FileKeyStore);
    expect(safeStorageKeyStore(fakeSafeStorage(true, 'basic_text'), tempDir()).description).toMatch(/weak/);
  });
});
