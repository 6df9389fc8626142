import { useTranslation } from 'react-i18next';
import type { SegmentTerms } from '../../../shared/api/glossary-types';
import type { GlossaryEntry, TermCheck } from '../../../shared/glossary/model';
import type { FileTerm } from '../../../shared/model/segment';

const ICON: Record<TermCheck['kind'], string> = { ok: '✓', missing: '✗', forbidden: '⛔', untranslated: '⚠', pending: '→' };

interface TermPanelProps {
  readonly terms: SegmentTerms | undefined;
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
  readonly onInsert: (text: string) => void;
  readonly onAddTerm: () => void;
  /** Narrows an entry to exact and inflected hits (from a derived hit). */
  readonly onNoDerived?: ((entry: GlossaryEntry) => void) | undefined;
  readonly error: string | null;
  /** Terms the imported file carried for this segment (XLIFF 2 glossary module); not in the project glossary. */
  readonly fileTerms?: readonly FileTerm[] | undefined;
}

/** The glossary beside the active segment: each hit, its English terms, how the draft fares, and the stems. */
export function TermPanel({ terms, entries, onInsert, onAddTerm, onNoDerived, error, fileTerms = [] }: TermPanelProps) {
  const { t } = useTranslation();
  const checks = terms?.checks ?? [];
  // Numbered as Alt+n inserts them: the first approved term of each entry, once per entry.
  const numbers = new Map<TermCheck, number>();
  const seen = new Set<string>();
  for (const check of checks) {
    if (check.hit.nested || !check.expected[0] || seen.has(check.entryId)) continue;
    seen.add(check.entryId);
    numbers.set(check, seen.size);
  }
  return (
    <section className="side-panel" aria-labelledby="terms-heading">
      <header className="side-panel-header">
        <h2 id="terms-heading">{t('terms.title')}</h2>
        <button type="button" className="small" onClick={onAddTerm} title={t('terms.addHint')}>
          {t('terms.add')}
        </button>
      </header>
      {error && <p className="muted">{error}</p>}
      {checks.length === 0 && fileTerms.length === 0 && !error && <p className="muted">{t('terms.none')}</p>}
      {fileTerms.length > 0 && (
        <ol className="term-list" aria-label={t('terms.fromFile')}>
          {fileTerms.map((ft, i) => (
            <li key={`${ft.term}-${i}`} className="term term-file">
              <div className="term-source">
                <span lang="id">{ft.term}</span> <span className="muted">{t('terms.fromFile')}</span>
              </div>
              <div className="term-targets">
                {ft.translations.map((text) => (
                  <button key={text} type="button" className="term-insert" lang="en" onClick={() => onInsert(text)} title={t('terms.insert')}>
                    {text}
                  </button>
                ))}
              </div>
              {ft.definition && <div className="term-note">{ft.definition}</div>}
            </li>
          ))}
        </ol>
      )}
      <ol className="term-list">
        {checks.map((check, i) => {
          const entry = entries.get(check.entryId);
          const number = numbers.get(check) ?? null;
          const forbidden = entry?.targets.filter((x) => x.status === 'forbidden') ?? [];
          return (
            <li key={`${check.entryId}-${check.hit.start}-${i}`} className={`term term-${check.kind}${check.hit.nested ? ' term-nested' : ''}`}>
              <div className="term-source">
                {number !== null && number <= 9 && <kbd title={t('terms.insertKey', { n: number })}>Alt+{number}</kbd>}
                <span lang="id">{check.hit.text}</span>
                {check.hit.nested && <span className="muted"> {t('terms.nested')}</span>}
                <span className={`term-kind term-kind-${check.hit.kind}`} title={t(`terms.kindHint.${check.hit.kind}`)}>
                  {t(`terms.kind.${check.hit.kind}`)}
                </span>
              </div>
              {check.hit.stems.length > 0 && <div className="term-stems muted">{check.hit.stems.join(', ')}</div>}
              <div className="term-targets">
                {check.expected.map((text) => (
                  <button key={text} type="button" className="term-insert" lang="en" onClick={() => onInsert(text)} title={t('terms.insert')}>
                    {text}
                  </button>
                ))}
                {forbidden.map((f) => (
                  <span key={f.text} className="term-forbidden" lang="en">
                    <span className="visually-hidden">{t('terms.forbiddenLabel')} </span>
                    {f.text}
                  </span>
                ))}
              </div>
              <div className={`term-check check-${check.kind}`}>
                <span aria-hidden="true">{ICON[check.kind]}</span> {t(`terms.check.${check.kind}`, { text: check.span?.text ?? '' })}
              </div>
              {entry?.note && <div className="term-note">{entry.note}</div>}
              {check.hit.kind === 'derived' && entry && onNoDerived && (
                <button type="button" className="small" title={t('terms.noDerivedHint')} onClick={() => onNoDerived(entry)}>
                  {t('terms.noDerived')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
