import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../../components/use-dialog-focus';
import type { BoilerplateRule } from '../../../shared/boilerplate/rules';
import { validateRule } from '../../../shared/boilerplate/validate';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import { localMessage } from '../../i18n/local-message';
import { ruleLabel } from './rule-label';
import { RulesApplyPanel } from './rules-apply-panel';
import { RuleTestPanel } from './rule-test-panel';

/**
 * The boilerplate rules as the data they are: each can be switched off, edited or added. Rules
 * apply to documents imported after saving; bad patterns are refused with the reason.
 */
export function BoilerplateRulesDialog({ client, project, onChanged, onClose }: { client: Client; project?: string; onChanged?: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const dialogRef = useDialogFocus<HTMLDivElement>(onClose);
  const id = useId();
  const [rules, setRules] = useState<BoilerplateRule[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [testing, setTesting] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ rule: BoilerplateRule; index: number } | null>(null);

  useEffect(() => {
    client.api['boilerplate:getRules']({}).then((r) => setRules([...r]), (err: Error) => setError(err.message));
  }, [client]);

  const update = (i: number, patch: Partial<BoilerplateRule>) => {
    setSaved(false);
    setRules((list) => list && list.map((r, k) => (k === i ? { ...r, ...patch } : r)));
  };

  const remove = (i: number) => {
    const rule = rules?.[i];
    if (!rule) return;
    setSaved(false);
    setDeleted({ rule, index: i });
    setRules((list) => list && list.filter((_, k) => k !== i));
  };

  const undoRemove = () => {
    if (!deleted) return;
    setRules((list) => list && [...list.slice(0, deleted.index), deleted.rule, ...list.slice(deleted.index)]);
    setDeleted(null);
  };

  /** Saves the rules; false when they were refused (the reason is shown). */
  const save = async (): Promise<boolean> => {
    if (!rules) return false;
    const problem = rules.map(validateRule).find((v) => !v.ok);
    if (problem && !problem.ok) {
      setError(localMessage(problem.problem));
      return false;
    }
    try {
      setRules([...(await client.api['boilerplate:setRules']({ rules }))]);
      setError(null);
      setSaved(true);
      setDeleted(null);
      return true;
    } catch (err) {
      setError((err as Error).message);
      return false;
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
            <span role="columnheader" />
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
                <span role="cell" className="rule-actions">
                  {project && (
                    <button type="button" aria-pressed={testing === rule.id} aria-label={t('rulesApply.testRule', { label })} onClick={() => setTesting((id) => (id === rule.id ? null : rule.id))}>
                      {t('rulesApply.test')}
                    </button>
                  )}
                  <button type="button" aria-label={t('rulesApply.deleteRule', { label })} onClick={() => remove(i)}>
                    {t('rulesApply.delete')}
                  </button>
                </span>
              </div>
            );
          })}
        </div>
        {project && rules && testing && (() => {
          const rule = rules.find((r) => r.id === testing);
          return rule ? <RuleTestPanel client={client} project={project} rules={rules} rule={rule} label={ruleLabel(t, rule)} /> : null;
        })()}
        {project && <RulesApplyPanel client={client} project={project} save={save} onChanged={() => onChanged?.()} onError={setError} />}
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
            {saved ? t('rules.saved') : deleted ? t('rulesApply.deleted', { label: ruleLabel(t, deleted.rule) }) : ''}
          </span>
          {deleted && (
            <button type="button" onClick={undoRemove}>
              {t('rulesApply.undoDelete')}
            </button>
          )}
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
