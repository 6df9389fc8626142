import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { id } from '../../../renderer/i18n/id';
import { numberFormatter, parseLocaleNumber } from '../../../renderer/i18n/number-format';

async function i18n(lng: 'en' | 'id') {
  const instance = createInstance();
  await instance.use(numberFormatter).init({
    resources: { en: { translation: en }, id: { translation: id } },
    lng,
    interpolation: { escapeValue: false, alwaysFormat: true },
  });
  return instance;
}

describe('numbers in interface strings', () => {
  it('writes quantities in the interface locale', async () => {
    const idT = (await i18n('id')).t;
    expect(idT('home.documentInfo', { segments: 20000, words: 1234567, date: '1 Jan' })).toBe('20.000 segmen · 1.234.567 kata · diimpor 1 Jan');
    const enT = (await i18n('en')).t;
    expect(enT('home.documentInfo', { segments: 20000, words: 1234567, date: 'Jan 1' })).toContain('20,000 segments · 1,234,567 words');
  });

  it('keeps segment numbers as they are and still picks the plural form by count', async () => {
    const enT = (await i18n('en')).t;
    expect(enT('editor.segmentLabel', { n: 12345 })).toBe('Segment 12345');
    expect(enT('terms.problems', { count: 1 })).toBe('1 term issue');
    expect(enT('terms.problems', { count: 1500 })).toBe('1,500 term issues');
  });
});

describe('numbers typed by the reviewer', () => {
  it('are read in the interface language style', () => {
    expect(parseLocaleNumber('1.234,5', 'id')).toBe(1234.5);
    expect(parseLocaleNumber('1,5', 'id')).toBe(1.5);
    expect(parseLocaleNumber('15', 'id')).toBe(15);
    expect(parseLocaleNumber('1.000', 'id')).toBe(1000);
    expect(parseLocaleNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseLocaleNumber('1.5', 'en')).toBe(1.5);
    expect(parseLocaleNumber('abc', 'en')).toBeNaN();
    expect(parseLocaleNumber('1,2,3', 'id')).toBeNaN();
  });
});
