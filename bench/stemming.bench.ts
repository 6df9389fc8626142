/**
 * Stemming bench: recall and false hits of glossary matching on word → root pairs.
 *
 * Run: npx tsx bench/stemming.bench.ts. Prints figures only; nothing is asserted (the unit test
 * test/unit/language/id-stemming-pairs.test.ts holds the quality bar on the project's own set).
 * With a mirror of the Sastrawi repository fetched beside the project's tools (SASTRAWI_GIT, by
 * default /work/.mirror/sastrawi+sastrawi/repo), its functional-test pairs are read at run time
 * into /tmp and measured too, labelled: that set is not shipped with Tinjau.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FIXTURES_DIR } from '../test/support/paths';
import { readPairs, scoreStemming, type StemmingScore } from '../test/support/stemming-eval';

function report(label: string, score: StemmingScore, ms: number): void {
  const pct = (n: number) => ((100 * n) / score.words).toFixed(1);
  console.log(`${label.padEnd(40)} ${score.words} words: recall ${pct(score.found)} %, false hits ${pct(score.falseHits)} % (${ms.toFixed(0)} ms)`);
  if (score.missed.length) console.log(`  missed: ${score.missed.slice(0, 30).join(', ')}`);
  if (score.wrong.length) console.log(`  false hits: ${score.wrong.slice(0, 30).join(', ')}`);
}

function timed(pairs: Array<[string, string]>): [StemmingScore, number] {
  const t0 = performance.now();
  const score = scoreStemming(pairs);
  return [score, performance.now() - t0];
}

console.log(`load: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`);
report('own set (test/fixtures/id-stemming)', ...timed(readPairs(path.join(FIXTURES_DIR, 'id-stemming/pairs.tsv'))));

const git = process.env.SASTRAWI_GIT ?? '/work/.mirror/sastrawi+sastrawi/repo';
if (existsSync(git)) {
  const php = execFileSync('git', ['--git-dir', git, 'show', 'HEAD:tests/SastrawiFunctionalTest/Stemmer/StemmerTest.php'], { encoding: 'utf8' });
  // Single words only: the set also has a few whole phrases, which are not glossary look-ups.
  const pairs = [...php.matchAll(/\$data\[\] = array\('([^' ]+)', '([^' ]+)'\)/g)].map((m): [string, string] => [m[1] ?? '', m[2] ?? '']);
  mkdirSync('/tmp/tinjau-bench', { recursive: true });
  writeFileSync('/tmp/tinjau-bench/sastrawi-pairs.tsv', pairs.map((p) => p.join('\t')).join('\n'));
  report('Sastrawi functional-test pairs (fetched)', ...timed(pairs));
} else {
  console.log(`Sastrawi pairs: no mirror at ${git}; skipped`);
}
