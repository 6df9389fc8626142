// The Aho–Corasick peer of `tinjau terms`: one whole process that reads the same glossary CSV and
// the same segment sources, builds the automaton over every term (lower-cased, no stemming, no
// target checks) and counts the hits. Usage: node aho-terms.mjs GLOSSARY.csv SOURCES.txt
import { readFileSync } from 'node:fs';
import AhoCorasick from 'ahocorasick';

const [glossary, sources] = process.argv.slice(2);
const terms = readFileSync(glossary, 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => (line.startsWith('"') ? line.slice(1, line.indexOf('"', 1)) : line.split(',')[0]).toLowerCase());
const ac = new AhoCorasick(terms);
let hits = 0;
let segments = 0;
for (const line of readFileSync(sources, 'utf8').split('\n')) {
  if (!line) continue;
  segments++;
  for (const [, found] of ac.search(line.toLowerCase())) hits += found.length;
}
process.stdout.write(`${terms.length} terms, ${segments} segments, ${hits} hits\n`);
