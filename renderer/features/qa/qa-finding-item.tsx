import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findingText } from './finding-text';
import type { QaFinding } from '../../../shared/qa/types';

interface QaFindingItemProps {
  readonly finding: QaFinding;
  /** The segment's number in the document, for the jump button. */
  readonly number: number | undefined;
  /** Shown when the list is grouped by check; by segment the group already names it. */
  readonly showSegment: boolean;
  readonly active: boolean;
  readonly onJump: (segmentId: string) => void;
  readonly onIgnore: (finding: QaFinding, reason: string) => Promise<boolean>;
}

/** One finding: its message, a jump to its segment, and an inline form to ignore it with a reason. */
export function QaFindingItem({ finding, number, showSegment, active, onJump, onIgnore }: QaFindingItemProps) {
  const { t, i18n } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const inputId = useId();
  const n = number ?? finding.segmentId;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return;
    setSaving(true);
    const ok = await onIgnore(finding, reason.trim());
    setSaving(false);
    if (ok) {
      setAsking(false);
      setReason('');
    }
  };

  return (
    <li className={`qa-finding qa-${finding.severity}${active ? ' qa-active' : ''}`} aria-current={active ? 'true' : undefined}>
      <div className="qa-finding-main">
        <span className={`qa-severity qa-severity-${finding.severity}`}>{t(`qa.severity.${finding.severity}`)}</span>
        <button type="button" className="qa-jump link-button" onClick={() => onJump(finding.segmentId)} aria-label={`${t('qa.jump', { n })}: ${findingText(t, i18n.language, finding)}`}>
          {showSegment && <span className="qa-segment-number">{t('qa.segment', { n })}</span>}
          <span className="qa-message">
            {findingText(t, i18n.language, finding)}
          </span>
        </button>
        {!asking && (
          <button type="button" className="qa-ignore small" onClick={() => setAsking(true)} title={t('qa.ignoreHint')}>
            {t('qa.ignore')}
          </button>
        )}
      </div>
      {asking && (
        <form className="qa-ignore-form" onSubmit={(e) => void submit(e)}>
          <label htmlFor={inputId}>{t('qa.reason')}</label>
          <input
            id={inputId}
            type="text"
            value={reason}
            maxLength={2000}
            required
            autoFocus
            placeholder={t('qa.reasonPlaceholder')}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
          />
          <button type="submit" className="small" disabled={saving || !reason.trim()}>
            {t('qa.confirmIgnore')}
          </button>
          <button type="button" className="small link-button" onClick={() => setAsking(false)}>
            {t('qa.cancel')}
          </button>
        </form>
      )}
    </li>
  );
}
