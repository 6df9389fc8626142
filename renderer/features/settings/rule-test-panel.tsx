import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleTestResult } from '../../../shared/api/boilerplate-types';
import type { BoilerplateRule } from '../../../shared/boilerplate/rules';
import { validateRule } from '../../../shared/boilerplate/validate';
import type { Client } from '../../api/client';
import { localMessage } from '../../i18n/local-message';

/** The source with every stretch the rule's pattern matches on a line marked. */
function Marked({ text, regex }: { text: string; regex: RegExp }) {
  const parts: Array<string | { mark: string }> = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (i > 0) parts.push('\n');
    const m = regex.exec(line.trim().replace(/\u00a0/g, ' '));
    const start = m ? line.indexOf(line.trim()) + m.index : -1;
    if (!m || m[0].length === 0) parts.push(line);
    else parts.push(line.slice(0, start), { mark: line.slice(start, start + m[0].length) }, line.slice(start + m[0].length));
  }
  return <>{parts.map((p, i) => (typeof p === 'string' ? p : <mark key={i}>{p.mark}</mark>))}</>;
}

/**
 * A live test of one rule (as being edited, before saving) against the project's documents:
 * how many paragraphs it catches and the first ones with the matching part marked.
 */
export function RuleTestPanel({ client, project, rules, rule, label }: { client: Client; project: string; rules: readonly BoilerplateRule[]; rule: BoilerplateRule; label: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<RuleTestResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = validateRule(rule);
  const problem = rule.pattern.trim() === '' ? null : check.ok ? null : localMessage(check.problem);

  useEffect(() => {
    if (!check.ok) return;
    let live = true;
    const timer = setTimeout(() => {
      client.api['boilerplate:test']({ project, rules: [...rules], ruleId: rule.id }).then(
        (r) => live && (setResult(r), setError(null)),
        (err: Error) => live && setError(err.message),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // The rules as a whole decide what a paragraph is; re-test when any of them changes.
  }, [client, project, rules, rule.id, check.ok]);

  return (
    <section className="rule-test" aria-label={t('rulesApply.testOf', { label })}>
      {problem ? (
        <p className="warning">{problem}</p>
      ) : error ? (
        <p className="warning">{error}</p>
      ) : !rule.enabled ? (
        <p className="muted">{t('rulesApply.testOff')}</p>
      ) : result ? (
        <>
          <p aria-live="polite">{t('rulesApply.catches', { count: result.total, label })}</p>
          {result.total > result.catches.length && <p className="muted">{t('rulesApply.firstOnly', { shown: result.catches.length })}</p>}
          <ol className="rule-test-list">
            {result.catches.map((c) => (
              <li key={`${c.documentId}-${c.number}`}>
                <span className="muted">{t('rulesApply.where', { name: c.documentName, number: c.number })}</span>{' '}
                <span lang="id">{check.ok ? <Marked text={c.source} regex={check.compiled.regex} /> : c.source}</span>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="muted">{t('rulesApply.testing')}</p>
      )}
    </section>
  );
}
