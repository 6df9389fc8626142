import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOILERPLATE_RULES, classifyLines, compileRules, detectBoilerplate } from '../../../shared/boilerplate';
import type { BoilerplateRule } from '../../../shared/boilerplate';
import { splitParagraphs } from '../../../shared/segment';
import { corpusFile } from '../../support/paths';

function excludedIn(prefix: string, rules: readonly BoilerplateRule[] = DEFAULT_BOILERPLATE_RULES) {
  const paragraphs = splitParagraphs(readFileSync(corpusFile('id', prefix), 'utf8')).paragraphs;
  const found = detectBoilerplate(paragraphs, rules);
  return { paragraphs, found, excluded: found.flatMap((m, i) => (m ? [i] : [])) };
}

describe('detectBoilerplate on the corpus', () => {
  it('000: excludes only the closing editor/tag/read-also block; the captioned photo stays content', () => {
    const { paragraphs, excluded, found } = excludedIn('000');
    expect(excluded).toEqual([21]);
    expect(found[21]?.reason).toContain('4 lines');
    expect(paragraphs[1]).toContain('(Foto: X/@vicktop55)');
  });

  it('001: excludes the read-also link, translator, editor and copyright lines, keeps the article', () => {
    expect(excludedIn('001').excluded).toEqual([0, 2, 3, 4]);
  });

  it('002: excludes the related-article list at the end of a one-paragraph-a-line file', () => {
    const { excluded, paragraphs } = excludedIn('002');
    expect(excluded).toEqual([19, 20, 21, 22, 23, 24, 25, 26, 27, 28]);
    expect(paragraphs).toHaveLength(29);
  });

  it('003: excludes the timestamp and the advertisement block, keeps the photo caption with its byline', () => {
    const { excluded, paragraphs } = excludedIn('003');
    expect(excluded).toEqual([0, paragraphs.length - 1]);
    expect(paragraphs[3]).toMatch(/^Rep: .*\nPemimpin Korea Utara/);
    // The caption paragraph stays content, but its byline and empty credit lines are known.
    const lines = classifyLines(paragraphs[3] ?? '', compileRules(DEFAULT_BOILERPLATE_RULES).compiled);
    expect(lines.map((l) => l.rule)).toEqual(['byline', null, 'photo-credit']);
  });

  it('004: excludes exactly the site furniture the human translator skipped', () => {
    const { excluded, found } = excludedIn('004');
    // 1-based: id1, id3, id4, id5, id9, id17, id23, id25, id26, id27
    expect(excluded).toEqual([0, 2, 3, 4, 8, 16, 22, 24, 25, 26]);
    expect(found[8]).toEqual({ rule: 'read-also', reason: '"Read also" link', rules: ['read-also'], lines: 1 });
    expect(found[2]?.rule).toBe('timestamp');
  });
});

describe('detectBoilerplate rules', () => {
  const detect = (lines: string[]) => detectBoilerplate(lines, DEFAULT_BOILERPLATE_RULES).map((m) => m?.rule ?? null);

  it('recognises the usual furniture of Indonesian news sites', () => {
    expect(
      detect([
        'Advertisement',
        'Scroll to continue with content',
        'Bagikan',
        'Share',
        'Login',
        'Tulis komentar',
        '(Foto: ANTARA/Budi)',
        'Foto: Reuters',
        'KOMPAS.com/ANDI HARTIK',
        'Reporter: Sari',
        'Tags: Korut, Rusia',
        'LIPUTAN KHUSUS',
        'Simak breaking news dan berita pilihan kami',
        'Gabung Kompas.com+',
        'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com.',
        'Ikuti kami di Google News',
      ]).every((r) => r !== null),
    ).toBe(true);
  });

  it('keeps content that merely mentions those words', () => {
    expect(
      detect([
        'Baca bukunya, kata dia, juga penting.',
        'Editor senior itu mengatakan iklan rokok dilarang.',
        'Kim inspeksi ke bengkel pesawat. (Foto: X/@vicktop55)',
        'Mereka login ke sistem tanpa izin pada 15/9/2023.',
      ]),
    ).toEqual([null, null, null, null]);
  });

  it('lets the user disable a rule or add one', () => {
    const rules = DEFAULT_BOILERPLATE_RULES.map((r) => (r.id === 'advertisement' ? { ...r, enabled: false } : r));
    const custom: BoilerplateRule = {
      id: 'my-site',
      label: 'My site footer',
      pattern: 'salam redaksi',
      flags: 'i',
      enabled: true,
      appliesTo: 'start',
    };
    expect(detectBoilerplate(['Advertisement', 'Salam redaksi, sampai jumpa besok'], [...rules, custom]).map((m) => m?.rule ?? null)).toEqual([
      null,
      'my-site',
    ]);
  });

  it('does not freeze on a long line when a user writes a catastrophic pattern', () => {
    const evil: BoilerplateRule = { id: 'evil', label: 'Evil', pattern: '(a+)+b', flags: '', enabled: true, appliesTo: 'whole' };
    expect(detectBoilerplate([`${'a'.repeat(40)}!`], [evil])).toEqual([null]);
  });

  it('skips a broken user rule instead of failing', () => {
    const broken: BoilerplateRule = { id: 'x', label: 'Broken', pattern: '(unclosed', flags: '', enabled: true, appliesTo: 'whole' };
    expect(detectBoilerplate(['Advertisement', '(unclosed'], [broken, ...DEFAULT_BOILERPLATE_RULES])).toEqual([
      { rule: 'advertisement', reason: 'Advertisement', rules: ['advertisement'], lines: 1 },
      null,
    ]);
  });

  it('the default rules are plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(DEFAULT_BOILERPLATE_RULES))).toEqual(DEFAULT_BOILERPLATE_RULES);
  });
});
