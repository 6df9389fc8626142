import { describe, expect, it } from 'vitest';
import { parseQaProfile } from '../../../shared/qa';
import { familyFor } from './segments';

const words = (s: string, t: string, termMap?: Record<string, string[]>) => familyFor('words', s, t, termMap ? { termMap } : {});

describe('words check', () => {
  it('reports a repeated word', () => {
    expect(words('saat pilot tampil', 'when the the pilot performed')).toEqual(['words.repeated']);
    expect(words('saat pilot tampil', 'when the pilot performed')).toEqual([]);
  });

  it('reports a first-letter capitalisation mismatch', () => {
    expect(words('Kim datang.', 'kim came.')).toEqual(['words.capitalisation']);
    expect(words('Kim datang.', 'Kim came.')).toEqual([]);
  });

  it('reports ALL-CAPS and CamelCase tokens that were not carried over', () => {
    expect(words('PARBOABOA, Jakarta - Kabar', 'Jakarta - News')).toEqual(['words.caps-not-carried']);
    expect(words('Unggah ke YouTube.', 'Upload to the video site.')).toEqual(['words.caps-not-carried']);
    expect(words('PARBOABOA, Jakarta - Kabar YouTube', 'PARBOABOA, Jakarta - YouTube news')).toEqual([]);
  });

  it('accepts translated Indonesian abbreviations and glossary tokens', () => {
    expect(words('pejabat AS dan PBB', 'officials of the US and the UN')).toEqual([]);
    expect(words('pejabat KPK', 'officials of the Corruption Eradication Commission', { KPK: ['Corruption Eradication Commission'] })).toEqual([]);
    const parsed = parseQaProfile({ ignoreTokens: ['KPK'] });
    if (!parsed.ok) throw new Error('profile');
    expect(familyFor('words', 'pejabat KPK', 'anti-graft officials', { profile: parsed.profile })).toEqual([]);
  });

  it('finds names and codes between curly quotes, after digits and in CamelCase', () => {
    expect(words('Pakai iPhone baru.', 'Use a new phone.')).toEqual(['words.caps-not-carried']);
    expect(words('Kata “NATO” dipakai.', 'The word “alliance” is used.')).toEqual(['words.caps-not-carried']);
    expect(words('Pertemuan G20 di Bali.', 'The meeting in Bali.')).toEqual(['words.caps-not-carried']);
    expect(words('Restoran McDonald buka.', 'The restaurant opened.')).toEqual(['words.caps-not-carried']);
    expect(words('Kata “NATO” dipakai.', 'The word “NATO” is used.')).toEqual([]);
    expect(words('Dari Jakarta, A dan B.', 'From Jakarta, A and B.')).toEqual([]);
  });

  it('leaves handles and hashtags alone', () => {
    expect(words('Akun @BBC dan #MUI ramai.', 'The accounts were busy.')).toEqual([]);
  });

  it('reads capitals in texts with accented letters too', () => {
    expect(words('Sekolah ÉCOLE di São Paulo.', 'A school in São Paulo.')).toEqual(['words.caps-not-carried']);
    expect(words('Menurut NATO di São Paulo.', 'According to the alliance in São Paulo.')).toEqual(['words.caps-not-carried']);
    expect(words('Menurut NATO di São Paulo.', 'According to NATO in São Paulo.')).toEqual([]);
  });

  it('treats an ALL-CAPS heading as text to translate', () => {
    expect(words('LIPUTAN “KHUSUS” NATO dari SÃO PAULO', 'SPECIAL COVERAGE')).toEqual([]);
    expect(words('LIPUTAN KHUSUS', 'SPECIAL COVERAGE')).toEqual([]);
  });
});
