import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { RecentProject, Settings } from '../../shared/api/types';
import type { BoilerplateRule } from '../../shared/boilerplate/rules';
import { DEFAULT_BOILERPLATE_RULES } from '../../shared/boilerplate/rules';

interface SettingsFile {
  readonly settings: Settings;
  readonly recent: readonly RecentProject[];
  /** The user's boilerplate rules; absent until the user edits them (then defaults apply). */
  readonly boilerplateRules?: readonly BoilerplateRule[];
}

const MAX_RECENT = 12;

export function defaultSettings(): Settings {
  const name = safeUserName();
  return {
    reviewer: { name, initials: initialsOf(name), role: 'reviewer' },
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
  private constructor(private readonly db: Low<SettingsFile>) {}

  static async open(dataDir: string): Promise<SettingsStore> {
    mkdirSync(dataDir, { recursive: true });
    const db = new Low<SettingsFile>(new JSONFile(path.join(dataDir, 'settings.json')), { settings: defaultSettings(), recent: [] });
    try {
      await db.read();
    } catch {
      // A damaged settings file must not keep the app from starting; defaults replace it.
      db.data = { settings: defaultSettings(), recent: [] };
    }
    db.data = { ...db.data, settings: { ...defaultSettings(), ...db.data.settings }, recent: db.data.recent ?? [] };
    return new SettingsStore(db);
  }

  get settings(): Settings {
    return this.db.data.settings;
  }

  get recent(): readonly RecentProject[] {
    return this.db.data.recent;
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    this.db.data = { ...this.db.data, settings: { ...this.db.data.settings, ...patch } };
    await this.db.write();
    return this.db.data.settings;
  }

  get boilerplateRules(): readonly BoilerplateRule[] {
    return this.db.data.boilerplateRules ?? DEFAULT_BOILERPLATE_RULES;
  }

  async setBoilerplateRules(rules: readonly BoilerplateRule[]): Promise<readonly BoilerplateRule[]> {
    this.db.data = { ...this.db.data, boilerplateRules: rules };
    await this.db.write();
    return rules;
  }

  async touchRecent(entry: RecentProject): Promise<void> {
    const rest = this.db.data.recent.filter((r) => r.path !== entry.path);
    this.db.data = { ...this.db.data, recent: [entry, ...rest].slice(0, MAX_RECENT) };
    await this.db.write();
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
