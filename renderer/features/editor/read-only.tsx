import { createContext } from 'react';
import { useTranslation } from 'react-i18next';
import { say } from '../../../shared/messages/text';
import { localMessage } from '../../i18n/local-message';

/** True while the open project's folder cannot be written: the editor takes no typing, the segment actions are gone. */
export const ReadOnlyContext = createContext(false);

const LABEL = { en: 'Read-only', id: 'Hanya-baca' } as const;

/** Says, for as long as the project is open, that it is read-only, why and what to do. */
export function ReadOnlyBanner({ readOnly }: { readOnly: boolean }) {
  const { i18n } = useTranslation();
  if (!readOnly) return null;
  return (
    <div className="notice-bar read-only-banner" role="status">
      <strong>{LABEL[i18n.language === 'id' ? 'id' : 'en']}</strong> <span>{localMessage(say('project.readOnly'))}</span>
    </div>
  );
}
