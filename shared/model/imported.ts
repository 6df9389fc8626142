import type { DocumentFormat } from './project';
import type { BlockKind, DraftOrigin, FileCandidate, FileTerm, InlineCode, SegmentOriginRef } from './segment';
import { say, type MessageText, type Said } from '../messages/text';

/**
 * What a format reader returns: the document's blocks in order, before the project assigns ids.
 *
 * Readers are pure (text or bytes in, this out). Bilingual formats fill `draft` from the file's
 * existing target.
 */
export interface ImportedBlock {
  readonly source: string;
  readonly kind: BlockKind;
  readonly draft?: string;
  readonly draftOrigin?: DraftOrigin;
  readonly codes?: readonly InlineCode[];
  readonly notes?: readonly string[];
  readonly origin?: SegmentOriginRef;
  /** True when the file marks the unit as not to be translated. */
  readonly locked?: boolean;
  /** The page around the article (HTML navigation, page header or footer, aside): kept, excluded. */
  readonly pageFurniture?: boolean;
  /** Translation candidates and terms the file carries for this unit (XLIFF 2 modules, XLIFF 1.2 alt-trans). */
  readonly candidates?: readonly FileCandidate[];
  readonly fileTerms?: readonly FileTerm[];
  /** Status implied by the file (XLIFF state/approved), if any. */
  readonly status?: 'new' | 'draft' | 'reviewed' | 'approved' | 'rejected';
}

/** Statuses a bilingual file may name, in English or Indonesian; "edited" is work in progress, a draft. */
const STATUS_NAMES: Readonly<Record<string, NonNullable<ImportedBlock['status']>>> = {
  new: 'new',
  baru: 'new',
  draft: 'draft',
  draf: 'draft',
  edited: 'draft',
  disunting: 'draft',
  reviewed: 'reviewed',
  ditinjau: 'reviewed',
  approved: 'approved',
  disetujui: 'approved',
  rejected: 'rejected',
  ditolak: 'rejected',
};

/** The status a file's status text stands for (Tinjau's own exports write these), if any. */
export function statusNamed(text: string): ImportedBlock['status'] {
  return STATUS_NAMES[text.trim().toLowerCase()];
}

export interface ImportedDocument {
  readonly format: DocumentFormat;
  readonly blocks: readonly ImportedBlock[];
  readonly sourceLang?: string;
  readonly targetLang?: string;
  /** Problems that did not stop the import (skipped units, unknown elements), said by key. */
  readonly warnings: readonly Said[];
}

/** A reader refused a file; `where` points into the file (line/column, unit id, cell). */
export class FormatError extends Error {
  /** The message by key and arguments, for the interface language (shared/messages). */
  readonly text: MessageText;

  constructor(problem: Said, where?: Said) {
    const said = where ? say('at.place', { problem, where }) : problem;
    super(said.message);
    this.text = said.text;
    this.name = 'FormatError';
  }
}
