import { useTranslation } from 'react-i18next';
import { SEGMENT_STATUSES } from '../../../shared/model/segment';
import type { SegmentFilter } from './segment-filter';
import { isFiltering, NO_FILTER } from './segment-filter';

/** Filters over the segment grid: status, comments, annotations, changes, term and QA issues, boilerplate. */
export function FilterBar({ filter, onChange, shown, total, checkingTerms = false }: { filter: SegmentFilter; onChange: (f: SegmentFilter) => void; shown: number; total: number; checkingTerms?: boolean }) {
  const { t } = useTranslation();
  const check = (key: 'commented' | 'annotated' | 'termIssues' | 'qaFindings' | 'showExcluded') => (
    <label className="checkbox">
      <input type="checkbox" checked={filter[key]} onChange={(e) => onChange({ ...filter, [key]: e.target.checked })} /> {t(`filter.${key}`)}
    </label>
  );
  return (
    <div className="filter-bar" role="search" aria-label={t('filter.label')}>
      <label className="inline-label">
        {t('filter.status')}{' '}
        <select id="filter-status" value={filter.status} onChange={(e) => onChange({ ...filter, status: e.target.value as SegmentFilter['status'] })}>
          <option value="all">{t('filter.all')}</option>
          <option value="open">{t('filter.open')}</option>
          {SEGMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-label">
        {t('filter.changes')}{' '}
        <select value={filter.change} onChange={(e) => onChange({ ...filter, change: e.target.value as SegmentFilter['change'] })}>
          <option value="any">{t('filter.all')}</option>
          <option value="changed">{t('filter.changed')}</option>
          <option value="unchanged">{t('filter.unchanged')}</option>
        </select>
      </label>
      {check('commented')}
      {check('annotated')}
      {check('termIssues')}
      {check('qaFindings')}
      {check('showExcluded')}
      {isFiltering(filter) && (
        <>
          <span className="muted" role="status">
            {t('filter.shown', { shown, total })}
            {/* The term problems of a long document take the service seconds to find. */}
            {filter.termIssues && checkingTerms ? ` · ${t('filter.checkingTerms')}` : ''}
          </span>
          <button type="button" className="link-button" onClick={() => onChange(NO_FILTER)}>
            {t('filter.clear')}
          </button>
        </>
      )}
    </div>
  );
}
