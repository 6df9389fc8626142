import { useTranslation } from 'react-i18next';
import type { Client } from '../api/client';

/**
 * A folder path: typed, or (in the desktop app) chosen with the system's folder picker.
 */
export function FolderField({ client, label, value, onChange, placeholder, create = false }: { client: Client; label: string; value: string; onChange: (v: string) => void; placeholder?: string; create?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="folder-field">
      <label className="field">
        <span>{label}</span>
        <input value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} required />
      </label>
      {client.transport === 'electron' && (
        <button type="button" onClick={() => void client.api['dialogs:chooseFolder']({ title: label, create }).then((p) => p && onChange(p), () => undefined)}>
          {t('common.browse')}
        </button>
      )}
    </div>
  );
}
