import type { Said } from '../messages/text';
import type { KeyAction } from '../keymap';
import type { ExportFormat } from './contract';
import type { ProjectMeta, Reviewer, TinjauDocument } from '../model/project';

export interface AppInfo {
  readonly version: string;
  readonly transport: 'electron' | 'web';
  readonly dataDir: string;
}

export interface Settings {
  readonly reviewer: Reviewer;
  /** False until the reviewer has given their name (a first start asks before the first edit). */
  readonly reviewerNamed?: boolean;
  readonly uiLanguage: 'en' | 'id';
  readonly theme: 'light' | 'dark' | 'system';
  /** Give a confirmed translation to the repetitions of its source without asking. */
  readonly autoPropagate: boolean;
  /** Default MQM pass mark for new projects: penalty points per 1,000 source words. */
  readonly mqmThreshold: number;
  /** The reviewer's own keys for workbench actions (see shared/keymap.ts). */
  readonly shortcuts: Partial<Record<KeyAction, string>>;
  /** Fonts and size of the two language columns. */
  readonly sourceFont: string;
  readonly targetFont: string;
  readonly fontSize: number;
  /** How long typing may pause before the edit is saved, in ms. */
  readonly autosaveMs: number;
  /** The format the export dialog starts on. */
  readonly defaultExportFormat: ExportFormat;
}

export interface RecentProject {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
}

export interface DocumentProgress {
  readonly segments: number;
  readonly excluded: number;
  readonly confirmed: number;
  readonly edited: number;
  readonly sourceWords: number;
  readonly confirmedWords: number;
  /** When a reviewer last changed a segment (ISO 8601), if ever. */
  readonly lastActivity?: string;
}

export interface DocumentSummary extends TinjauDocument {
  readonly progress: DocumentProgress;
}

export interface ProjectSummary {
  readonly path: string;
  readonly meta: ProjectMeta;
  readonly documents: readonly DocumentSummary[];
  /**
   * What opening the project repaired (restored from a backup, upgraded, a half-written last
   * change dropped), said once: on the first `projects:open` after the project was loaded.
   */
  readonly notices?: readonly Said[];
  /** The folder cannot be written: open for viewing, QA and export; every change is refused. */
  readonly readOnly?: boolean;
}

export interface ImportResult {
  readonly document: DocumentSummary;
  readonly warnings: readonly Said[];
  /** Pairings of the separate draft the aligner was unsure of (segment ids). */
  readonly lowConfidence: readonly string[];
  /** Draft paragraphs that matched no source paragraph. */
  readonly unmatchedDraft: readonly string[];
}

/** A file's bytes crossing the API (both transports carry JSON, so base64). */
export interface FilePayload {
  readonly name: string;
  readonly base64: string;
}

export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly base64: string;
}
