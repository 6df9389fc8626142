import { useTranslation } from 'react-i18next';

/**
 * The foot of a dialog form: Cancel (or Close, for a dialog whose work is already done or saved
 * as it goes) and the primary button that submits the form.
 */
export function DialogActions({ submit, onCancel, close = false, disabled = false }: { submit: string; onCancel: () => void; close?: boolean; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        {close ? t('common.close') : t('common.cancel')}
      </button>
      <button type="submit" className="primary" disabled={disabled}>
        {submit}
      </button>
    </div>
  );
}
