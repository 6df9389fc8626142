import type { Said } from '../messages/text';
import type { DiffPart } from '../review/diff';

/** What re-importing a reviewed bilingual DOCX did, or would do. */
export interface ReviewImportResult {
  readonly applied: boolean;
  /** `by`: whose revisions make the change (the reviewer named for typed text, tracked changes' authors). */
  readonly changes: readonly { readonly segmentId: string; readonly before: string; readonly after: string; readonly by: readonly string[] }[];
  readonly unchanged: number;
  readonly statusChanges: number;
  /** New comments from the reviewer's Comments column, one thread per segment, in their name. */
  readonly comments: readonly { readonly segmentId: string; readonly text: string }[];
  readonly warnings: readonly Said[];
}

/** A translation memory attached to a project: its own, or one in a shared folder. */
export interface TmSource {
  readonly path: string;
  readonly name: string;
  readonly own: boolean;
  /** False while the shared folder cannot be read (a network drive offline): `name` is then the folder's name. */
  readonly reachable: boolean;
  readonly units: number;
  /** What reading the folder ran into lately (a damaged line skipped in a colleague's file). */
  readonly notices: readonly Said[];
}

export interface TmMatch {
  readonly unitId: string;
  readonly source: string;
  readonly target: string;
  /** Match percentage (101 = same text in the same context is not used; 100 = exact). */
  readonly score: number;
  /** The TM source against the current source: what differs. */
  readonly diff: readonly DiffPart[];
  readonly tm: string;
  readonly author?: string;
  readonly date?: string;
  readonly document?: string;
  /** A candidate the imported file carried (XLIFF mtc:match / alt-trans): `tm` is its origin; no score when the file gave none. */
  readonly fromFile?: boolean;
}

export interface TmConcordanceHit {
  readonly unitId: string;
  readonly source: string;
  readonly target: string;
  /** Where the query matched, in the source or the target. */
  readonly sourceSpans: readonly { readonly start: number; readonly end: number }[];
  readonly targetSpans: readonly { readonly start: number; readonly end: number }[];
  readonly tm: string;
}

export interface PretranslateResult {
  readonly filled: number;
  readonly fromTm: number;
  readonly fromMt: number;
  readonly cancelled: boolean;
  readonly errors: readonly Said[];
}

/** An MT engine as the UI sees it: never the key itself. */
export interface MtProviderInfo {
  readonly id: string;
  readonly kind: 'openai' | 'libretranslate' | 'deepl';
  readonly name: string;
  readonly endpoint: string;
  readonly model?: string;
  readonly hasKey: boolean;
  /** Where the key is kept: the OS keychain, or why not. */
  readonly keyStorage: string;
  readonly maxRequestsPerMinute?: number;
}
