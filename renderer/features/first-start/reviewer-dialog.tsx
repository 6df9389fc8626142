import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/api/types';
import type { ReviewerRole } from '../../../shared/model/project';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import { useDialogFocus } from '../../components/use-dialog-focus';

const ROLES: readonly ReviewerRole[] = ['translator', 'reviewer', 'second-reviewer', 'project-manager'];

/** "Sari Wulandari" → "SW", "Budi" → "BU": what the initials field offers until it is typed in. */
export function initialsFor(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts.map((p) => [...p][0] ?? '').join('') : [...name.trim()].slice(0, 2).join('');
  return letters.toUpperCase().slice(0, 4);
}

/**
 * The first start's question, before anything can be edited: who is reviewing (name, initials,
 * role). It cannot be closed without an answer (Escape does nothing); Enter saves.
 */
export function ReviewerDialog({ client, settings, onSaved, onSwitchLanguage }: {
  client: Client;
  settings: Settings;
  onSaved: (saved: Settings) => void;
  /** The interface language can be chosen before answering. */
  onSwitchLanguage: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const dialogRef = useDialogFocus<HTMLFormElement>(() => undefined);
  // The default "Reviewer" is no one's name; an account name (Windows, macOS, Linux) is offered.
  const offered = settings.reviewer.name === 'Reviewer' ? '' : settings.reviewer.name;
  const [name, setName] = useState(offered);
  const [initials, setInitials] = useState(offered ? settings.reviewer.initials : '');
  const [initialsTyped, setInitialsTyped] = useState(false);
  const [role, setRole] = useState<ReviewerRole>(settings.reviewer.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    const letters = initials.trim() || initialsFor(trimmed);
    if (!trimmed || !letters) return;
    setBusy(true);
    client.api['settings:update']({ reviewer: { name: trimmed, initials: letters, role } }).then(onSaved, (err: Error) => {
      setError(err.message);
      setBusy(false);
    });
  };

  return (
    <div className="dialog-backdrop">
      <form ref={dialogRef} className="dialog first-start" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} onSubmit={save}>
        <h2 id={`${id}-t`}>{t('firstStart.title')}</h2>
        <p id={`${id}-d`} className="muted">
          {t('firstStart.intro')}
        </p>
        <ErrorBanner message={error} onDismiss={() => setError(null)} />
        <label className="field">
          <span>{t('firstStart.name')}</span>
          <input
            value={name}
            maxLength={200}
            autoComplete="name"
            onChange={(e) => {
              setName(e.target.value);
              if (!initialsTyped) setInitials(initialsFor(e.target.value));
            }}
            required
            autoFocus
          />
        </label>
        <label className="field">
          <span>{t('firstStart.initials')}</span>
          <input
            value={initials}
            maxLength={8}
            onChange={(e) => {
              setInitials(e.target.value);
              setInitialsTyped(true);
            }}
            required
          />
        </label>
        <label className="field">
          <span>{t('firstStart.role')}</span>
          <select value={role} onChange={(e) => setRole(e.target.value as ReviewerRole)} aria-describedby={`${id}-r`}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`settings.roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <p id={`${id}-r`} className="muted">
          {t('firstStart.roleHint')}
        </p>
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={busy || !name.trim()}>
            {busy ? t('firstStart.saving') : t('firstStart.start')}
          </button>
          {/* After the answer in tab order: Tab from the role goes to "Start reviewing". */}
          <button type="button" className="link-button" onClick={onSwitchLanguage} lang={i18n.language === 'id' ? 'en' : 'id'}>
            {i18n.language === 'id' ? 'English' : 'Bahasa Indonesia'}
          </button>
        </div>
      </form>
    </div>
  );
}
