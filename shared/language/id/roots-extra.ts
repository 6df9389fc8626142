/**
 * Hand corrections to the hunspell-id root list, from the project's own knowledge of
 * Indonesian morphology (KBBI headword conventions). Not derived from any other root list.
 *
 * - `NOT_ROOTS`: entries hunspell-id lists as words of their own although they are regular
 *   derivations of another root. Left in, they stop the stemmer one step short (besaran stays
 *   besaran, so the term "besar" is not found in it). Removed, the stemmer finds the root.
 * - `ADDED_ROOTS`: everyday roots the list lacks, so the stemmer does not over-strip them
 *   (tapi is not tap + -i).
 */
export const NOT_ROOTS: readonly string[] = [
  'apatah', 'belajar', 'pelajar', 'belikan', 'besaran', 'keduduk', 'ketahu', 'perhati', 'bicarakan', 'berlaku',
  'apakah', 'pelari',
  // -wan/-wati name a person by the root's field: budaya + -wan, karya + -wati.
  'budayawan', 'karyawati',
  // -is/-isme are the loan suffixes on an adjective root: ideal + -is, ideal + -isme.
  'idealis', 'idealisme',
  // Infix -in- (kerja → kinerja) and a reduplicated first syllable (rata → rerata,
  // lembut → lelembut): fossil derivations whose root a term search must still reach.
  'kinerja', 'rerata', 'lelembut',
];

export const ADDED_ROOTS: readonly string[] = ['tapi', 'mulai'];
