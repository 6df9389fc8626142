/**
 * What a glossary conflict is about, field by field, for the conflict card: which fields the
 * versions disagree on (and whether both sides changed them, or one side only), and a merged
 * version to start from: every field changed on one side only taken from that side, the fields
 * changed on both sides from the version shown meanwhile (the reviewer edits them).
 */
import type { EntryConflict } from './merge';
import type { GlossaryEntry, MorphologyMode } from './model';

export const CONFLICT_FIELDS = ['sourceTerms', 'targets', 'note', 'pos', 'domain', 'caseSensitive', 'morphology'] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

export interface FieldDifference {
  readonly field: ConflictField;
  /** `both`: changed differently on two sides (the reason for the conflict); `one`: on one side only. */
  readonly changed: 'both' | 'one';
  /** The field as text, one per version, in the order winner, others. */
  readonly values: readonly string[];
}

/** The fields a merged version takes from the reviewer's edit of the entry. */
export interface MergedFields {
  readonly sourceTerms: readonly string[];
  readonly targets: GlossaryEntry['targets'];
  readonly note?: string;
  readonly pos?: string;
  readonly domain?: string;
  readonly caseSensitive: boolean;
  readonly morphology?: MorphologyMode;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** A field's value, with an absent `morphology` read as the default it stands for. */
const valueOf = (entry: GlossaryEntry, field: ConflictField): unknown => (field === 'morphology' ? (entry.morphology ?? 'inflected') : entry[field]);

/** A field as one line of text: "sanksi / sangsi", "sanction (preferred), sanctions (forbidden)". */
export function fieldText(entry: GlossaryEntry, field: ConflictField): string {
  switch (field) {
    case 'sourceTerms':
      return entry.sourceTerms.join(' / ');
    case 'targets':
      return entry.targets.map((t) => `${t.text} (${t.status}${t.note ? `: ${t.note}` : ''})`).join(', ');
    case 'caseSensitive':
      return entry.caseSensitive ? 'yes' : 'no';
    case 'morphology':
      return entry.morphology ?? 'inflected';
    default:
      return entry[field] ?? '';
  }
}

/** The fields the live versions of a conflict disagree on; empty when a delete is involved. */
export function conflictDifferences(conflict: EntryConflict): FieldDifference[] {
  const versions = [conflict.winner, ...conflict.others];
  if (versions.some((v) => v.deleted)) return [];
  const out: FieldDifference[] = [];
  for (const field of CONFLICT_FIELDS) {
    const values = versions.map((v) => valueOf(v, field));
    if (values.every((v) => same(v, values[0]))) continue;
    const base = conflict.base;
    const changedSides = base ? versions.filter((v) => !same(valueOf(v, field), valueOf(base, field))).length : versions.length;
    out.push({ field, changed: changedSides > 1 ? 'both' : 'one', values: versions.map((v) => fieldText(v, field)) });
  }
  return out;
}

/** The merged version to edit: one-side changes taken, both-side changes from the winner. */
export function mergedProposal(conflict: EntryConflict): MergedFields {
  const versions = [conflict.winner, ...conflict.others].filter((v) => !v.deleted);
  const base = conflict.base;
  const pick = <F extends ConflictField>(field: F): GlossaryEntry[F] => {
    const winner = conflict.winner[field];
    if (!base) return winner;
    const changed = versions.filter((v) => !same(valueOf(v, field), valueOf(base, field)));
    // Changed on one side only (or the same way everywhere): that side's value.
    const first = changed[0];
    if (first && changed.every((v) => same(valueOf(v, field), valueOf(first, field)))) return first[field];
    return winner;
  };
  const note = pick('note');
  const pos = pick('pos');
  const domain = pick('domain');
  const morphology = pick('morphology');
  return {
    sourceTerms: pick('sourceTerms'),
    targets: pick('targets'),
    caseSensitive: pick('caseSensitive'),
    ...(note ? { note } : {}),
    ...(pos ? { pos } : {}),
    ...(domain ? { domain } : {}),
    ...(morphology ? { morphology } : {}),
  };
}
