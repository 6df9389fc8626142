import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../../components/use-dialog-focus';
import { DialogActions } from '../../components/dialog-actions';

/** Go to a segment by its number. */
export function JumpDialog({ count, onJump, onClose }: { count: number; onJump: (n: number) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const dialogRef = useDialogFocus<HTMLFormElement>(onClose);
  const id = useId();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const n = Number(value);
  const valid = Number.isInteger(n) && n >= 1 && n <= count;
  // Enter always answers: a number that is not a segment here is said, not silently ignored.
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (valid) return onJump(n);
    setProblem(/^\d+$/.test(value) ? t('jump.outOfRange', { n, count }) : t('jump.notNumber', { count }));
  };
  return (
    <div className="dialog-backdrop">
      <form ref={dialogRef} className="dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`} onSubmit={submit}>
        <h2 id={`${id}-t`}>{t('jump.title')}</h2>
        <label className="field">
          <span>{t('jump.label', { count })}</span>
          <input
            inputMode="numeric"
            value={value}
            onChange={(e) => (setValue(e.target.value.trim()), setProblem(null))}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-p` : undefined}
            autoFocus
          />
        </label>
        {problem && (
          <p id={`${id}-p`} role="alert" className="error-text">
            {problem}
          </p>
        )}
        <DialogActions submit={t('jump.go')} onCancel={onClose} />
      </form>
    </div>
  );
}
