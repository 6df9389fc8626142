import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';
import { qaMessagesId } from '../features/qa/messages-id';
import { teamStringsEn, teamStringsId } from '../features/team/team-strings';
import { firstStartStringsEn, firstStartStringsId } from '../features/first-start/strings';
import { conflictStringsEn, conflictStringsId } from '../features/glossary/conflict-strings';
import { rulesApplyStringsEn, rulesApplyStringsId } from '../features/settings/rules-apply-strings';
import { numberFormatter } from './number-format';
import { rememberLook } from '../state/remembered-look';

/** English and Indonesian UI strings; the language can change at run time. */
export function initI18n(language: 'en' | 'id' = 'en'): void {
  void i18next.use(initReactI18next).use(numberFormatter).init({
    resources: { en: { translation: en }, id: { translation: id } },
    lng: language,
    fallbackLng: 'en',
    // Numbers in the UI locale wherever a string interpolates one (number-format.ts).
    interpolation: { escapeValue: false, alwaysFormat: true },
    returnNull: false,
  });
  // QA finding messages are keyed by the checks, outside the typed string tables.
  i18next.addResourceBundle('id', 'translation', { qa: { msg: qaMessagesId } }, true, false);
  i18next.addResourceBundle('en', 'translation', { team: teamStringsEn }, true, false);
  i18next.addResourceBundle('id', 'translation', { team: teamStringsId }, true, false);
  i18next.addResourceBundle('en', 'translation', { firstStart: firstStartStringsEn }, true, false);
  i18next.addResourceBundle('id', 'translation', { firstStart: firstStartStringsId }, true, false);
  i18next.addResourceBundle('en', 'translation', { glossaryConflict: conflictStringsEn }, true, false);
  i18next.addResourceBundle('id', 'translation', { glossaryConflict: conflictStringsId }, true, false);
  i18next.addResourceBundle('en', 'translation', { rulesApply: rulesApplyStringsEn }, true, false);
  i18next.addResourceBundle('id', 'translation', { rulesApply: rulesApplyStringsId }, true, false);
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    if (lng === 'en' || lng === 'id') rememberLook({ language: lng });
  });
}
