import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOILERPLATE_RULES } from '../../../shared/boilerplate/rules';
import { detectBoilerplate } from '../../../shared/boilerplate/detect';
import { en } from '../../../renderer/i18n/en';
import { id } from '../../../renderer/i18n/id';
import { exclusionReason, ruleLabel } from '../../../renderer/features/settings/rule-label';

async function tIn(lng: 'en' | 'id') {
  const i18n = createInstance();
  await i18n.init({ resources: { en: { translation: en }, id: { translation: id } }, lng, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('boilerplate rule names and exclusion reasons in the interface language', () => {
  it('names every built-in rule in both languages, the English exactly as the rule says', () => {
    for (const rule of DEFAULT_BOILERPLATE_RULES) {
      expect(en.rules.defaults[rule.id as keyof typeof en.rules.defaults], rule.id).toBe(rule.label);
      expect(id.rules.defaults[rule.id as keyof typeof id.rules.defaults], rule.id).toBeTruthy();
    }
  });

  it('says why a paragraph was excluded in Indonesian, one line or several', async () => {
    const t = await tIn('id');
    const [ad, dateline] = detectBoilerplate(['Advertisement', 'Jakarta, 15/9/2023, 10:30 WIB\nPenulis: Ani'], DEFAULT_BOILERPLATE_RULES);
    expect(exclusionReason(t, ad!)).toBe('Iklan');
    expect(exclusionReason(t, dateline!)).toBe('Tanggal dan waktu terbit, Nama penulis (penulis, editor, reporter) (2 baris)');
    expect(exclusionReason(await tIn('en'), dateline!)).toBe(dateline!.reason);
    expect(exclusionReason(t, { rule: 'manual', reason: 'Excluded by the reviewer' })).toBe('Dikecualikan oleh peninjau');
    // Projects from before the rule ids were kept: one default rule still reads in Indonesian.
    expect(exclusionReason(t, { rule: 'copyright', reason: 'Copyright notice' })).toBe('Pemberitahuan hak cipta');
  });

  it("keeps the reviewer's own words: a custom rule, or a built-in rule renamed", async () => {
    const t = await tIn('id');
    expect(exclusionReason(t, { rule: 'custom-1', reason: 'Kotak langganan', rules: ['custom-1'], lines: 1 })).toBe('Kotak langganan');
    expect(exclusionReason(t, { rule: 'advertisement', reason: 'Banner ads', rules: ['advertisement'], lines: 1 })).toBe('Banner ads');
    expect(ruleLabel(t, { id: 'advertisement', label: 'Banner ads' })).toBe('Banner ads');
    expect(ruleLabel(t, { id: 'advertisement', label: 'Advertisement' })).toBe('Iklan');
  });
});
