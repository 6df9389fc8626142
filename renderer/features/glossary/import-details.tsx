import { useTranslation } from 'react-i18next';
import type { Said } from '../../../shared/messages/text';
import { localMessage } from '../../i18n/local-message';

/**
 * What a glossary import ran into, one line per reason (counts and the first entries), and every
 * entry it skipped or renamed behind a "Details" disclosure.
 */
export function ImportDetails({ warnings, details }: { warnings: readonly Said[]; details: readonly Said[] }) {
  const { t } = useTranslation();
  return (
    <>
      {warnings.length > 0 && (
        <ul className="import-warnings">
          {warnings.map((w, i) => (
            <li key={i}>{localMessage(w)}</li>
          ))}
        </ul>
      )}
      {details.length > 0 && (
    <details className="import-details">
      <summary>{t('glossaryImport.details', { count: details.length })}</summary>
      <ul>
        {details.map((d, i) => (
          <li key={i}>{localMessage(d)}</li>
        ))}
      </ul>
    </details>
      )}
    </>
  );
}
