import { useTranslation } from 'react-i18next';
import type { DocumentProgress } from '../../shared/api/types';

export function ProgressBar({ progress, label }: { progress: DocumentProgress; label: string }) {
  const { t, i18n } = useTranslation();
  const open = progress.segments - progress.excluded;
  const percent = open === 0 ? 0 : Math.round((progress.confirmed / open) * 100);
  const fmt = new Intl.NumberFormat(i18n.language);
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-text">
        {t('progress.confirmed', { done: fmt.format(progress.confirmed), total: fmt.format(open), percent: fmt.format(percent) })}
      </span>
    </div>
  );
}
