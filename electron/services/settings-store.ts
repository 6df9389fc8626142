import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { RecentProject, Settings } from '../../shared/api/types';
import type { BoilerplateRule } from '../../shared/boilerplate/rules';
import { DEFAULT_BOILERPLATE_RULES } from '../../shared/boilerplate/rules';
import { keepDamaged } from './backups';
import { makeFolder } from './storage-failures';

interface SettingsFile {
  readonly settings: Settings;
  readonly recent: readonly RecentProject[];
  /** The user's boilerplate rules; absent until the user edits them (then defaults apply). */
  readonly boilerplateRules?: readonly BoilerplateRule[];
}

const MAX_RECENT = 12;

function emptyFile(): SettingsFile {
  return { settings: defaultSettings(), recent: [] };
}

/** Settings from any earlier version, with the fields added since filled by their defaults. */
function normalize(data: SettingsFile | null | undefined): SettingsFile {
  const defaults = defaultSettings();
  const settings = { ...defaults, ...data?.settings };
  return { ...data, settings: { ...settings, reviewerNamed: data?.settings?.reviewerNamed ?? namedBefore(data?.settings?.reviewer, defaults) }, recent: data?.recent ?? [] };
}

/**
 * A settings file from before the first start asked: the reviewer counts as named when the file
 * holds someone other than the default (which an earlier version wrote along with any change).
 */
function namedBefore(stored: Settings['reviewer'] | undefined, defaults: Settings): boolean {
  return stored !== undefined && (stored.name !== defaults.reviewer.name || stored.initials !== defaults.reviewer.initials);
}

function keepDamagedCopy(file: string): void {
  try {
    if (existsSync(file)) keepDamaged(file, 'copy', new Date());
  } catch {
    /* nothing more to save */
  }
}

export function defaultSettings(): Settings {
  const name = safeUserName();
  return {
    reviewer: { name, initials: initialsOf(name), role: 'reviewer' },
    reviewerNamed: false,
    uiLanguage: 'en',
    theme: 'system',
    autoPropagate: false,
    mqmThreshold: 10,
    shortcuts: {},
    sourceFont: '',
    targetFont: '',
    fontSize: 15,
    autosaveMs: 400,
    defaultExportFormat: 'xliff12',
  };
}

/** App-wide settings and the recent-projects list, in the data folder (not in any project). */
export class SettingsStore {
  private changes: Promise<void> = Promise.resolve();

  private constructor(private readonly db: Low<SettingsFile>) {}

  static async open(dataDir: string): Promise<SettingsStore> {
    makeFolder(dataDir);
    const file = path.join(dataDir, 'settings.json');
    const db = new Low<SettingsFile>(new JSONFile(file), emptyFile());
    try {
      await db.read();
    } catch {
      // A damaged settings file must not keep the app from starting; defaults replace it, and the
      // damaged file is kept beside it (it may hold the reviewer's own boilerplate rules).
      keepDamagedCopy(file);
      db.data = emptyFile();
    }
    db.data = normalize(db.data);
    return new SettingsStore(db);
  }

  get settings(): Settings {
    return this.db.data.settings;
  }

  get recent(): readonly RecentProject[] {
    return this.db.data.recent;
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    // Saving a name (the first-start dialog, Settings, the CLI) answers the first start's question.
    const named = patch.reviewer ? { reviewerNamed: true } : {};
    await this.change((data) => ({ ...data, settings: { ...data.settings, ...patch, ...named } }));
    return this.db.data.settings;
  }

  get boilerplateRules(): readonly BoilerplateRule[] {
    return this.db.data.boilerplateRules ?? DEFAULT_BOILERPLATE_RULES;
  }

  async setBoilerplateRules(rules: readonly BoilerplateRule[]): Promise<readonly BoilerplateRule[]> {
    await this.change((data) => ({ ...data, boilerplateRules: rules }));
    return rules;
  }

  async touchRecent(entry: RecentProject): Promise<void> {
    await this.change((data) => ({ ...data, recent: [entry, ...data.recent.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT) }));
  }

  /**
   * Applies one change to the file as it is on disk now: the app, the web bridge and the CLI
   * share this file, so a change made by another process since this one read it is kept, not
   * overwritten with this process's older copy.
   */
  private change(apply: (data: SettingsFile) => SettingsFile): Promise<void> {
    // One change at a time in this process: two that read the file together would each write
    // back the other's older copy.
    const next = this.changes.then(async () => {
      const mine = this.db.data;
      try {
        await this.db.read();
        this.db.data = normalize(this.db.data);
      } catch {
        this.db.data = mine; // unreadable right now (being replaced, damaged): this process's copy
      }
      this.db.data = apply(this.db.data);
      await this.db.write();
    });
    this.changes = next.catch(() => undefined);
    return next;
  }
}

function safeUserName(): string {
  try {
    const name = os.userInfo().username;
    return name && name !== 'root' ? name : 'Reviewer';
  } catch {
    return 'Reviewer';
  }
}

export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts.map((p) => p[0]).join('') : name.slice(0, 2);
  return letters.toUpperCase().slice(0, 4) || 'RV';
}
