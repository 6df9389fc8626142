import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewStats } from '../../../shared/api/review-types';
import type { DocumentSummary, ProjectSummary } from '../../../shared/api/types';
import { MQM_CATEGORIES } from '../../../shared/review/mqm';
import type { Client } from '../../api/client';
import { BarChart } from '../../components/bar-chart';
import { ErrorBanner } from '../../components/error-banner';
import { parseLocaleNumber } from '../../i18n/number-format';

/** How the review went: edit distance, progress over time, errors by category, the MQM score. */
export function Dashboard({ client, project, document: doc, onBack, onProject }: { client: Client; project: ProjectSummary; document: DocumentSummary; onBack: () => void; onProject: (p: ProjectSummary) => void }) {
  const { t, i18n } = useTranslation();
  const [stats, setStats] = useState<ReviewStats | null>(null);
  const [threshold, setThreshold] = useState<string>(String(project.meta.mqmThreshold ?? ''));
  const [error, setError] = useState<string | null>(null);
  const load = () => client.api['stats:review']({ project: project.path, documentId: doc.id }).then(setStats, (err: Error) => setError(err.message));
  useEffect(() => {
    void load();
  }, [client, project.path, doc.id]);
  const num = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const dayFmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const pct = (v: number) => `${num.format(v * 100)}%`;
  const s = stats?.stats;
  const mqm = stats?.mqm;
  const saveThreshold = (e: React.FormEvent) => {
    e.preventDefault();
    const value = parseLocaleNumber(threshold, i18n.language);
    if (!Number.isFinite(value) || value < 0) return setError(t('dashboard.badThreshold'));
    client.api['projects:updateSettings']({ project: project.path, mqmThreshold: value }).then((p) => {
      setError(null);
      onProject(p);
      void load();
    }, (err: Error) => setError(err.message));
  };
  return (
    <div className="home">
      <header className="toolbar">
        <button type="button" className="link-button" onClick={onBack}>
          ← {t('dashboard.back')}
        </button>
        <h1 className="toolbar-title">
          {t('dashboard.title')} <span className="muted">/ {doc.name}</span>
        </h1>
      </header>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      {s && mqm && stats && (
        <main className="home-main">
          <section className="card" aria-labelledby="dash-figures">
            <h2 id="dash-figures">{t('dashboard.figures')}</h2>
            <dl className="figures">
              <dt>{t('dashboard.wordsReviewed')}</dt>
              <dd>{t('dashboard.ofWords', { done: num.format(s.wordsReviewed), total: num.format(s.sourceWords) })}</dd>
              <dt>{t('dashboard.ped')}</dt>
              <dd>{pct(s.meanPostEditDistance)}</dd>
              <dt>{t('dashboard.wer')}</dt>
              <dd>{pct(s.meanWordEditRate)}</dd>
              <dt>{t('dashboard.classes')}</dt>
              <dd>{t('dashboard.classesValue', { unchanged: s.classes.unchanged, light: s.classes.light, heavy: s.classes.heavy })}</dd>
              <dt>{t('dashboard.time')}</dt>
              <dd>
                {s.time.totalMs >= 60_000
                  ? t('dashboard.timeValue', { minutes: num.format(s.time.totalMs / 60000), wph: num.format(s.time.wordsPerHour) })
                  : t('dashboard.timeShort')}
              </dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="dash-mqm">
            <h2 id="dash-mqm">{t('dashboard.mqm')}</h2>
            <p className={`mqm-verdict ${mqm.pass ? 'mqm-pass' : 'mqm-fail'}`}>
              <span aria-hidden="true">{mqm.pass ? '✓' : '✗'}</span>{' '}
              {t(mqm.pass ? 'dashboard.pass' : 'dashboard.fail', { score: num.format(Number.isFinite(mqm.perThousandWords) ? mqm.perThousandWords : 0), threshold: num.format(mqm.threshold) })}
            </p>
            <p className="muted">{t('dashboard.penalty', { points: mqm.penaltyPoints, errors: mqm.errorCount })}</p>
            <form className="inline-form" onSubmit={saveThreshold}>
              <label className="field">
                <span>{t('dashboard.threshold')}</span>
                <input value={threshold} onChange={(e) => setThreshold(e.target.value)} inputMode="decimal" placeholder={num.format(mqm.threshold)} />
              </label>
              <button type="submit">{t('dashboard.saveThreshold')}</button>
            </form>
            <BarChart
              title={t('dashboard.errorsByCategory')}
              bars={MQM_CATEGORIES.filter((c) => mqm.byCategory[c.id]).map((c) => ({ label: t(`annotations.category.${c.id}`), value: mqm.byCategory[c.id]?.count ?? 0 }))}
            />
          </section>
          <section className="card" aria-labelledby="dash-charts">
            <h2 id="dash-charts">{t('dashboard.charts')}</h2>
            <BarChart title={t('dashboard.distribution')} bars={s.histogram.map((b) => ({ label: `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`, value: b.count }))} />
            <BarChart
              title={t('dashboard.byEngine')}
              bars={stats.byEngine.map((e) => ({ label: `${t(`origin.${e.origin}`)}${e.engine ? `: ${e.engine}` : ''} (${num.format(e.segments)})`, value: Math.round(e.meanPostEditDistance * 1000) / 10 }))}
              format={(v) => `${num.format(v)}%`}
            />
            <BarChart title={t('dashboard.progress')} bars={stats.confirmedByDay.map((d) => ({ label: dayFmt.format(new Date(`${d.day}T00:00:00`)), value: d.segments }))} />
          </section>
        </main>
      )}
    </div>
  );
}
