import type { Said } from '../messages/text';
import type { EntryConflict } from '../glossary/merge';
import type { GlossaryEntry, TermCheck, TermHit } from '../glossary/model';

/** A glossary attached to a project: the project's own, or one in a folder the team shares. */
export interface GlossarySource {
  /** Absolute path of the glossary folder; the key every glossary call uses. */
  readonly path: string;
  readonly name: string;
  /** The project's own glossary (inside NAME.tinjau/), as opposed to a shared one. */
  readonly own: boolean;
  /** False while the shared folder cannot be read (a network drive offline): `name` is then the folder's name. */
  readonly reachable: boolean;
  readonly entries: number;
  readonly conflicts: number;
  /** What reading or writing the folder ran into lately (a damaged line skipped in a colleague's file). */
  readonly notices: readonly Said[];
}

export interface GlossaryView {
  readonly sources: readonly GlossarySource[];
  /** Live entries of every attached glossary, each with the glossary it lives in. */
  readonly entries: readonly (GlossaryEntry & { readonly glossary: string })[];
  readonly conflicts: readonly (EntryConflict & { readonly glossary: string })[];
  /** Changes whenever any attached glossary changes (a colleague's edit included). */
  readonly stamp: string;
}

/** Term hits and target checks of one segment. */
export interface SegmentTerms {
  readonly segmentId: string;
  readonly hits: readonly TermHit[];
  readonly checks: readonly TermCheck[];
}

export interface GlossaryImportResult {
  readonly added: number;
  readonly updated: number;
  /** What the import ran into: for a TBX file one line per reason, with counts and first examples. */
  readonly warnings: readonly Said[];
  /** Every entry-level problem behind those lines, one each (a details list). */
  readonly details?: readonly Said[];
}

/** One revision of an entry, for "who changed this and when". */
export interface EntryHistoryItem {
  readonly entry: GlossaryEntry;
  readonly parent: string | null;
}
