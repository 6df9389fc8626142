import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../../components/use-dialog-focus';
import type { BoilerplateRule } from '../../../shared/boilerplate/rules';
import { validateRule } from '../../../shared/boilerplate/validate';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import { localMessage } from '../../i18n/local-message';
import { ruleLabel } from './rule-label';

/**
 * The boilerplate rules as the data they are: each can be switched off, edited or added. Rules
 * apply to documents imported after saving; bad patterns are refused with the reason.
 */
export function BoilerplateRulesDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation();
  const dialogRef = useDialogFocus<HTMLDivElement>(onClose);
  const id = useId();
  const [rules, setRules] = useState<BoilerplateRule[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    client.api['boilerplate:getRules']({}).then((r) => setRules([...r]), (err: Error) => setError(err.message));
  }, [client]);

  const update = (i: number, patch: Partial<BoilerplateRule>) => {
    setSaved(false);
    setRules((list) => list && list.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  };

  const save = async () => {
    if (!rules) return;
    const problem = rules.map(validateRule).find((v) => !v.ok);
    if (problem && !problem.ok) return setError(localMessage(problem.problem));
    try {
      setRules([...(await client.api['boilerplate:setRules']({ rules }))]);
      setError(null);
      setSaved(true);
    } catch (err) {
      setError((err as Error).message);
    }
  };

  return (
    <div ref={dialogRef} className="dialog-backdrop">
      <div className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t('rules.title')}</h2>
        <p className="muted">{t('rules.intro')}</p>
        <ErrorBanner message={error} onDismiss={() => setError(null)} />
        <div className="rules-table" role="table" aria-label={t('rules.title')}>
          <div role="row" className="rules-row rules-head">
            <span role="columnheader">{t('rules.enabled')}</span>
            <span role="columnheader">{t('rules.label')}</span>
            <span role="columnheader">{t('rules.pattern')}</span>
            <span role="columnheader">{t('rules.appliesTo')}</span>
          </div>
          {rules?.map((rule, i) => {
            const label = ruleLabel(t, rule);
            return (
              <div role="row" className="rules-row" key={`${rule.id}-${i}`}>
                <span role="cell">
                  <input type="checkbox" checked={rule.enabled} aria-label={t('rules.enableRule', { label })} onChange={(e) => update(i, { enabled: e.target.checked })} />
                </span>
                <span role="cell">
                  <input value={label} aria-label={t('rules.labelOf', { n: i + 1 })} onChange={(e) => update(i, { label: e.target.value })} />
                </span>
                <span role="cell">
                  <input className="mono" value={rule.pattern} aria-label={t('rules.patternOf', { label })} onChange={(e) => update(i, { pattern: e.target.value })} />
                </span>
                <span role="cell">
                  <select value={rule.appliesTo} aria-label={t('rules.appliesToOf', { label })} onChange={(e) => update(i, { appliesTo: e.target.value as BoilerplateRule['appliesTo'] })}>
                    <option value="whole">{t('rules.whole')}</option>
                    <option value="start">{t('rules.start')}</option>
                  </select>
                </span>
              </div>
            );
          })}
        </div>
        <div className="dialog-actions">
          <button
            type="button"
            onClick={() => {
              setSaved(false);
              setRules((list) => [...(list ?? []), { id: `custom-${Date.now()}`, label: t('rules.newRule'), pattern: '', flags: 'iu', enabled: true, appliesTo: 'whole' }]);
            }}
          >
            {t('rules.add')}
          </button>
          <span className="muted" role="status">
            {saved ? t('rules.saved') : ''}
          </span>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="button" className="primary" onClick={() => void save()}>
            {t('rules.save')}
          </button>
        </div>
      </div>
    </div>
  );
}
