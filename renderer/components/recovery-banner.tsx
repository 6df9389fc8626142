import { useTranslation } from 'react-i18next';
import type { Said } from '../../shared/messages/text';
import { localMessage } from '../i18n/local-message';

export interface Recovery {
  readonly project: string;
  readonly notices: readonly Said[];
}

/** What Tinjau repaired when it opened a project (a backup restored, a half-written change dropped). */
export function RecoveryBanner({ recovery, onDismiss }: { recovery: Recovery | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (!recovery) return null;
  return (
    <div className="recovery-banner" role="alert">
      <div>
        <strong>{t('app.recovered', { name: recovery.project })}</strong>
        <ul>
          {recovery.notices.map((notice, i) => (
            <li key={i}>{localMessage(notice)}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}
