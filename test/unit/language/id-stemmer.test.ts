import { describe, expect, it } from 'vitest';
import { createStemmer, stem } from '../../../shared/language/id/stemmer';

describe('Indonesian stemmer', () => {
  it.each([
    ['melanggar', 'langgar'],
    ['pelanggaran', 'langgar'],
    ['dikenai', 'kena'],
    ['menjatuhkan', 'jatuh'],
    ['bekerja', 'kerja'],
    ['persenjataan', 'senjata'],
    ['mempublikasikan', 'publikasi'],
    ['sekutu-sekutunya', 'sekutu'],
    ['negara-negara', 'negara'],
    ['program-program', 'program'],
    ['berlari-lari', 'lari'],
    ['kesepakatan', 'sepakat'],
    ['keamanan', 'aman'],
    ['mengingatkan', 'ingat'],
    ['memastikan', 'pasti'],
    ['menyaksikan', 'saksi'],
    ['diberikan', 'beri'],
    ['mematuhi', 'patuh'],
    ['kewajibannya', 'wajib'],
    ['keterlibatannya', 'libat'],
    ['penerbangan', 'terbang'],
    ['pemerintahan', 'perintah'],
    ['menulis', 'tulis'],
    ['memakai', 'pakai'],
    ['memakan', 'makan'],
    ['menyerang', 'serang'],
    ['mengambil', 'ambil'],
    ['mengirim', 'kirim'],
    ['membeli', 'beli'],
    ['mengebom', 'bom'],
    ['memperbaiki', 'baik'],
    ['mempersenjatai', 'senjata'],
    ['kembalinya', 'kembali'],
    ['bukunyalah', 'buku'],
    ['sanksi', 'sanksi'],
    ['mengunjungi', 'kunjung'],
    ['kunjungannya', 'kunjung'],
    ['pabrik', 'pabrik'],
  ])('%s → %s', (word, root) => {
    expect(stem(word).root).toBe(root);
  });

  it.each([
    ['kebijakan', 'bijak'],
    ['kedudukan', 'duduk'],
    ['mengalahkan', 'kalah'],
    ['belajar', 'ajar'],
    ['mempelajari', 'ajar'],
    ['peradilan', 'adil'],
    ['kesakitan', 'sakit'],
    ['besaran', 'besar'],
    ['jualan', 'jual'],
    ['belikan', 'beli'],
    ['pewarna', 'warna'],
    ['sesuap', 'suap'],
    ['petani', 'tani'],
    ['kupukul', 'pukul'],
    ['kauambil', 'ambil'],
    ['finalisasi', 'final'],
    ['meniru-niru', 'tiru'],
    ['meniru-nirukan', 'tiru'],
    ['memanggil-manggil', 'panggil'],
    ['menyebut-nyebut', 'sebut'],
    ['berbalas-balasan', 'balas'],
    ['tembak-menembak', 'tembak'],
    ['kuasa-Mu', 'kuasa'],
    ['tapi', 'tapi'],
    ['keras', 'keras'],
    ['kepala', 'kepala'],
    ['berkas', 'berkas'],
  ])('everyday news forms: %s → %s', (word, root) => {
    expect(stem(word).root).toBe(root);
  });

  it.each([
    ['budayawan', 'budaya', '-wan'],
    ['karyawati', 'karya', '-wati'],
    ['idealis', 'ideal', '-is'],
    ['idealisme', 'ideal', '-isme'],
    ['kinerja', 'kerja', '-in-'],
    ['rerata', 'rata', '-re-'],
    ['lelembut', 'lembut', '-le-'],
  ])('reaches the root of a derivation the dictionary lists as a word of its own: %s → %s', (word, root, step) => {
    const r = stem(word);
    expect(r.root).toBe(root);
    expect(r.steps).toContain(step);
  });

  it('keeps the nasal of an ng-initial root under meN-: menganga → nganga, mengambil still ambil', () => {
    expect(stem('menganga')).toMatchObject({ root: 'nganga', known: true, prefixes: ['meN'] });
    expect(stem('mengambil').root).toBe('ambil');
    expect(stem('mengirim').root).toBe('kirim');
  });

  it('shows its work: the affixes removed, outermost first', () => {
    expect(stem('melanggar').steps).toEqual(['me-']);
    expect(stem('menjatuhkan').steps).toEqual(['-kan', 'men-']);
    expect(stem('pelanggaran').steps).toEqual(['-an', 'pe-']);
    expect(stem('sekutu-sekutunya').reduplicated).toBe(true);
    expect(createStemmer().explain('melanggar')).toBe('melanggar → langgar');
  });

  it('leaves words it cannot analyse alone, lower-cased, and folds case', () => {
    expect(stem('Korut')).toMatchObject({ root: 'korut', known: false, steps: [] });
    expect(stem('MELANGGAR').root).toBe('langgar');
  });

  it('learns extra roots (glossary words, closed compounds) without touching the shared stemmer', () => {
    const s = createStemmer(['kerjasama', 'korut']);
    expect(s.stem('bekerjasama').root).toBe('kerjasama');
    expect(s.stem('Korutnya').root).toBe('korut');
    expect(stem('bekerjasama').root).not.toBe('kerjasama');
  });

  it('breaks ties with the dictionary’s affix flags: mengunjungi is kunjung (takes meN-…-i), not unjung', () => {
    expect(stem('mengunjungi')).toMatchObject({ root: 'kunjung', prefixes: ['meN'], suffix: 'i' });
  });

  it('records the prefixes and suffix the guard needs', () => {
    expect(stem('pekerjaan')).toMatchObject({ root: 'kerja', prefixes: ['pe'], suffix: 'an' });
    expect(stem('dikenai')).toMatchObject({ prefixes: ['di'], suffix: 'i' });
  });
});
