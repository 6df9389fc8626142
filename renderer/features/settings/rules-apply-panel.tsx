import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RulesApplyResult, RulesPlan } from '../../../shared/api/boilerplate-types';
import type { Client } from '../../api/client';

type Phase = { kind: 'idle' } | { kind: 'plan'; plan: RulesPlan } | { kind: 'applied'; result: RulesApplyResult } | { kind: 'done'; message: string };

/**
 * "Documents already imported": saves the rules, says what applying them to the project's
 * documents would change (asking when reviewed segments would be excluded), applies them as one
 * batch and offers one Undo that restores the previous exclusions.
 */
export function RulesApplyPanel({ client, project, save, onChanged, onError }: { client: Client; project: string; save: () => Promise<boolean>; onChanged: () => void; onError: (message: string) => void }) {
  const { t } = useTranslation();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    try {
      await job();
    } catch (err) {
      onError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const check = () =>
    run(async () => {
      if (!(await save())) return;
      setPhase({ kind: 'plan', plan: await client.api['boilerplate:plan']({ project, documentIds: [] }) });
    });

  const apply = (reviewed: 'exclude' | 'keep') =>
    run(async () => {
      const result = await client.api['boilerplate:apply']({ project, documentIds: [], reviewed });
      setPhase({ kind: 'applied', result });
      onChanged();
    });

  const undo = (batchId: string) =>
    run(async () => {
      const r = await client.api['boilerplate:undoApply']({ project, batchId });
      setPhase({ kind: 'done', message: r.skipped ? t('rulesApply.undoneSkipped', { restored: r.restored, skipped: r.skipped }) : t('rulesApply.undone', { restored: r.restored }) });
      onChanged();
    });

  const changes = (p: RulesPlan) => p.exclude + p.include + p.relabel;

  return (
    <section className="rules-apply" aria-labelledby="rules-apply-title">
      <h3 id="rules-apply-title">{t('rulesApply.applyTitle')}</h3>
      <p className="muted">{t('rulesApply.applyIntro')}</p>
      <div aria-live="polite">
        {phase.kind === 'plan' && changes(phase.plan) === 0 && <p>{t('rulesApply.planNone')}</p>}
        {phase.kind === 'plan' && changes(phase.plan) > 0 && (
          <>
            <p>{t('rulesApply.plan', { exclude: phase.plan.exclude, include: phase.plan.include, documents: phase.plan.documents.filter((d) => d.exclude + d.include + d.relabel > 0).length })}</p>
            {phase.plan.reviewed > 0 && <p className="warning">{t('rulesApply.planReviewed', { count: phase.plan.reviewed })}</p>}
          </>
        )}
        {phase.kind === 'applied' && (
          <p>{phase.result.keptReviewed ? t('rulesApply.appliedKept', { count: phase.result.segments.length, kept: phase.result.keptReviewed }) : t('rulesApply.applied', { count: phase.result.segments.length })}</p>
        )}
        {phase.kind === 'done' && <p>{phase.message}</p>}
      </div>
      <div className="dialog-actions">
        {phase.kind === 'plan' && changes(phase.plan) > 0 ? (
          <>
            {phase.plan.reviewed > 0 ? (
              <>
                <button type="button" disabled={busy} onClick={() => void apply('keep')}>
                  {t('rulesApply.keepReviewed')}
                </button>
                <button type="button" disabled={busy} onClick={() => void apply('exclude')}>
                  {t('rulesApply.applyAll')}
                </button>
              </>
            ) : (
              <button type="button" disabled={busy} onClick={() => void apply('exclude')}>
                {t('rulesApply.apply')}
              </button>
            )}
            <button type="button" disabled={busy} onClick={() => setPhase({ kind: 'idle' })}>
              {t('rulesApply.cancel')}
            </button>
          </>
        ) : phase.kind === 'applied' && phase.result.batchId ? (
          <button type="button" disabled={busy} onClick={() => void undo(phase.result.batchId as string)}>
            {t('rulesApply.undo')}
          </button>
        ) : (
          <button type="button" disabled={busy} onClick={() => void check()}>
            {t('rulesApply.check')}
          </button>
        )}
      </div>
    </section>
  );
}
