import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../../components/use-dialog-focus';

/** Go to a segment by its number. */
export function JumpDialog({ count, onJump, onClose }: { count: number; onJump: (n: number) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const dialogRef = useDialogFocus<HTMLFormElement>(onClose);
  const id = useId();
  const [value, setValue] = useState('');
  const n = Number(value);
  const valid = Number.isInteger(n) && n >= 1 && n <= count;
  return (
    <div className="dialog-backdrop">
      <form ref={dialogRef} className="dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`} onSubmit={(e) => (e.preventDefault(), valid && onJump(n))}>
        <h2 id={`${id}-t`}>{t('jump.title')}</h2>
        <label className="field">
          <span>{t('jump.label', { count })}</span>
          <input inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value.trim())} autoFocus />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            {t('jump.go')}
          </button>
        </div>
      </form>
    </div>
  );
}
