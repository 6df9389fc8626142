import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentStatus } from '../../../shared/model/segment';

/** The selected segments and one status for all of them, asked before it is set. */
export function BulkBar({ count, onApply, onClear }: { count: number; onApply: (status: SegmentStatus) => Promise<unknown>; onClear: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SegmentStatus>('reviewed');
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="bulk-bar" role="region" aria-label={t('bulk.label')}>
      <span>{t('bulk.selected', { count })}</span>
      <label className="inline-label">
        {t('bulk.setStatus')}{' '}
        <select value={status} onChange={(e) => setStatus(e.target.value as SegmentStatus)}>
          {(['draft', 'edited', 'reviewed', 'approved', 'rejected'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {confirming ? (
        <>
          <strong>{t('bulk.confirm', { count, status: t(`status.${status}`) })}</strong>
          <button type="button" className="small primary" onClick={() => void onApply(status).then(() => setConfirming(false))}>
            {t('bulk.yes')}
          </button>
          <button type="button" className="small" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </>
      ) : (
        <button type="button" className="small" onClick={() => setConfirming(true)}>
          {t('bulk.apply')}
        </button>
      )}
      <button type="button" className="link-button" onClick={onClear}>
        {t('bulk.clear')}
      </button>
    </div>
  );
}
