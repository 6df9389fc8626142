import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../../components/use-dialog-focus';
import { exportFormats } from '../../../shared/api/contract';
import type { Settings } from '../../../shared/api/types';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import { DialogActions } from '../../components/dialog-actions';

/** Fonts that read Indonesian and English well on most systems; the system default otherwise. */
const FONTS = ['Noto Serif', 'Noto Sans', 'Georgia', 'Times New Roman', 'Arial', 'Verdana', 'DejaVu Sans', 'DejaVu Serif'];

/** Who the reviewer is (every change is attributed), and how Tinjau looks and behaves. */
export function SettingsDialog({ client, settings, onSaved, onClose }: { client: Client; settings: Settings; onSaved: (s: Settings) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const dialogRef = useDialogFocus<HTMLFormElement>(onClose);
  const id = useId();
  const [draft, setDraft] = useState(settings);
  const [opened] = useState(settings);
  const [error, setError] = useState<string | null>(null);
  const reviewer = draft.reviewer;
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const { reviewer: _r, shortcuts: _s, ...rest } = draft;
    // Only what was changed here: the language switch in the app bar (or another window) may have
    // changed a setting since this dialog opened, and it must not be put back.
    const before = opened as unknown as Record<string, unknown>;
    const changed = Object.fromEntries(Object.entries(rest).filter(([key, value]) => value !== before[key]));
    client.api['settings:update']({ reviewer, ...changed }).then(onSaved, (err: Error) =>
      setError(err.message),
    );
  };
  return (
    <div className="dialog-backdrop">
      <form ref={dialogRef} className="dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`} onSubmit={save}>
        <h2 id={`${id}-t`}>{t('settings.title')}</h2>
        <ErrorBanner message={error} onDismiss={() => setError(null)} />
        <div className="field-grid">
          <label className="field">
            <span>{t('settings.name')}</span>
            <input value={reviewer.name} onChange={(e) => setDraft({ ...draft, reviewer: { ...reviewer, name: e.target.value } })} required autoFocus />
          </label>
          <label className="field">
            <span>{t('settings.initials')}</span>
            <input value={reviewer.initials} maxLength={8} onChange={(e) => setDraft({ ...draft, reviewer: { ...reviewer, initials: e.target.value } })} required />
          </label>
        </div>
        <label className="field">
          <span>{t('settings.role')}</span>
          <select value={reviewer.role} onChange={(e) => setDraft({ ...draft, reviewer: { ...reviewer, role: e.target.value as Settings['reviewer']['role'] } })}>
            <option value="translator">{t('settings.roles.translator')}</option>
            <option value="reviewer">{t('settings.roles.reviewer')}</option>
            <option value="second-reviewer">{t('settings.roles.second-reviewer')}</option>
            <option value="project-manager">{t('settings.roles.project-manager')}</option>
          </select>
        </label>
        <div className="field-grid">
          <label className="field">
            <span>{t('settings.language')}</span>
            <select value={draft.uiLanguage} onChange={(e) => setDraft({ ...draft, uiLanguage: e.target.value as Settings['uiLanguage'] })}>
              <option value="en">English</option>
              <option value="id">Bahasa Indonesia</option>
            </select>
          </label>
          <label className="field">
            <span>{t('settings.theme')}</span>
            <select value={draft.theme} onChange={(e) => setDraft({ ...draft, theme: e.target.value as Settings['theme'] })}>
              <option value="system">{t('settings.themes.system')}</option>
              <option value="light">{t('settings.themes.light')}</option>
              <option value="dark">{t('settings.themes.dark')}</option>
            </select>
          </label>
        </div>
        <fieldset className="field">
          <legend>{t('settings.fonts')}</legend>
          <div className="field-grid">
            {(['sourceFont', 'targetFont'] as const).map((key) => (
              <label className="field" key={key}>
                <span>{t(`settings.${key}`)}</span>
                <select value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}>
                  <option value="">{t('settings.fontDefault')}</option>
                  {FONTS.map((f) => (
                    <option key={f} value={f}>
                      {f}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <label className="field">
              <span>{t('settings.fontSize')}</span>
              <input type="number" min={10} max={32} value={draft.fontSize} onChange={(e) => setDraft({ ...draft, fontSize: Number(e.target.value) })} />
            </label>
            <label className="field">
              <span>{t('settings.autosave')}</span>
              <input type="number" min={100} max={10000} step={100} value={draft.autosaveMs} onChange={(e) => setDraft({ ...draft, autosaveMs: Number(e.target.value) })} />
            </label>
          </div>
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" checked={draft.autoPropagate} onChange={(e) => setDraft({ ...draft, autoPropagate: e.target.checked })} /> {t('settings.autoPropagate')}
        </label>
        <label className="field">
          <span>{t('settings.defaultExport')}</span>
          <select value={draft.defaultExportFormat} onChange={(e) => setDraft({ ...draft, defaultExportFormat: e.target.value as Settings['defaultExportFormat'] })}>
            {exportFormats.map((f) => (
              <option key={f} value={f}>
                {t(`exportDialog.formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('settings.mqmThreshold')}</span>
          <input type="number" min={0} step={0.5} value={draft.mqmThreshold} onChange={(e) => setDraft({ ...draft, mqmThreshold: Number(e.target.value) })} />
        </label>
        <DialogActions submit={t('settings.save')} onCancel={onClose} />
      </form>
    </div>
  );
}
