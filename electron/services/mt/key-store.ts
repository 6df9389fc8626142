/**
 * Where MT API keys are kept: never in project files, provider settings or logs.
 *
 * Electron's `safeStorage` (the OS keychain: Keychain, DPAPI, libsecret/kwallet) only exists in
 * the main process, and the services are plain Node modules that the web bridge and the CLI use
 * too. So the services ask `keyStoreFor(dataDir)`, which by default gives the file store below,
 * and `electron/main.ts` installs a keychain-backed one at start-up:
 *
 * ```ts
 * import { safeStorage } from 'electron';
 * import { safeStorageKeyStore, setKeyStoreFactory } from './services/mt/key-store';
 * // before the Workspace and handlers are created:
 * setKeyStoreFactory((dataDir) => safeStorageKeyStore(safeStorage, dataDir));
 * ```
 *
 * The file store encrypts each key (AES-256-GCM) with a random per-install key kept in the data
 * folder with owner-only permissions (0600). That keeps keys out of backups of settings and out of
 * casual view, but anyone who can read the data folder can decrypt them: it is not the OS
 * keychain, and `description` says so in the settings.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../files';

export interface KeyStore {
  /** Shown as `MtProviderInfo.keyStorage`: where keys are kept, in plain words. */
  readonly description: string;
  get(providerId: string): string | undefined;
  has(providerId: string): boolean;
  set(providerId: string, key: string): void;
  delete(providerId: string): void;
}

/** Electron's `safeStorage`, as far as the key store uses it (no `electron` import here). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keychain was found and the encryption key is hard-coded. */
  getSelectedStorageBackend?(): string;
}

export const KEYS_DIR = 'mt-keys';

type Factory = (dataDir: string) => KeyStore;

let factory: Factory = (dataDir) => new FileKeyStore(dataDir);
const stores = new Map<string, KeyStore>();

/** Replaces how key stores are made (electron/main.ts installs the safeStorage one). */
export function setKeyStoreFactory(next: Factory): void {
  factory = next;
  stores.clear();
}

/** The key store for a data folder, made once per process. */
export function keyStoreFor(dataDir: string): KeyStore {
  const dir = path.resolve(dataDir);
  let store = stores.get(dir);
  if (!store) stores.set(dir, (store = factory(dir)));
  return store;
}

type Sealed = Record<string, string>;

/** Keeps base64 blobs per provider in one 0600 file; subclasses decide how to seal them. */
abstract class SealedFileStore implements KeyStore {
  abstract readonly description: string;
  protected readonly dir: string;

  constructor(
    dataDir: string,
    private readonly fileName: string,
  ) {
    this.dir = path.join(dataDir, KEYS_DIR);
  }

  protected abstract seal(key: string): string;
  protected abstract open(sealed: string): string;

  get(providerId: string): string | undefined {
    const sealed = this.read()[providerId];
    if (sealed === undefined) return undefined;
    try {
      return this.open(sealed);
    } catch {
      // Sealed on another computer or by another install: the user has to enter the key again.
      return undefined;
    }
  }

  has(providerId: string): boolean {
    return this.get(providerId) !== undefined;
  }

  set(providerId: string, key: string): void {
    this.write({ ...this.read(), [providerId]: this.seal(key) });
  }

  delete(providerId: string): void {
    const { [providerId]: _gone, ...rest } = this.read();
    this.write(rest);
  }

  protected ensureDir(): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
  }

  private read(): Sealed {
    try {
      const data = JSON.parse(readFileSync(path.join(this.dir, this.fileName), 'utf8')) as { keys?: Sealed };
      return data.keys ?? {};
    } catch {
      return {};
    }
  }

  private write(keys: Sealed): void {
    this.ensureDir();
    const file = path.join(this.dir, this.fileName);
    writeFileAtomic(file, JSON.stringify({ version: 1, keys }, null, 2) + '\n');
    chmodSync(file, 0o600);
  }
}

/** Keys encrypted with a random per-install key in the data folder: the web bridge and CLI fallback. */
export class FileKeyStore extends SealedFileStore {
  readonly description =
    'Encrypted in the app data folder with a key kept beside it (owner-only file permissions). This is not the OS keychain: anyone who can read your data folder can recover the keys.';

  constructor(dataDir: string) {
    super(dataDir, 'keys.json');
  }

  private installKey(): Buffer {
    const file = path.join(this.dir, 'install.key');
    try {
      const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
      if (key.length === 32) return key;
    } catch {
      // First key stored on this install: make the install key.
    }
    this.ensureDir();
    const key = randomBytes(32);
    writeFileAtomic(file, key.toString('base64') + '\n');
    chmodSync(file, 0o600);
    return key;
  }

  protected seal(key: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.installKey(), iv);
    const data = Buffer.concat([cipher.update(key, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
  }

  protected open(sealed: string): string {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.installKey(), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}

/** Keys sealed by Electron's safeStorage; falls back to the file store when it is unavailable. */
class SafeStorageKeyStore extends SealedFileStore {
  readonly description: string;

  constructor(
    private readonly safe: SafeStorageLike,
    dataDir: string,
  ) {
    super(dataDir, 'os-keys.json');
    const weak = safe.getSelectedStorageBackend?.() === 'basic_text';
    this.description = weak
      ? 'Encrypted by Electron safeStorage, but no OS keychain was found (basic_text): the protection is weak.'
      : 'In the operating system keychain (Electron safeStorage).';
  }

  protected seal(key: string): string {
    return this.safe.encryptString(key).toString('base64');
  }

  protected open(sealed: string): string {
    return this.safe.decryptString(Buffer.from(sealed, 'base64'));
  }
}

/** For electron/main.ts: a key store backed by `safeStorage` (see the module comment). */
export function safeStorageKeyStore(safe: SafeStorageLike, dataDir: string): KeyStore {
  // Before the app is ready, or on Linux without a secret service, encryption is unavailable.
  return safe.isEncryptionAvailable() ? new SafeStorageKeyStore(safe, dataDir) : new FileKeyStore(dataDir);
}
