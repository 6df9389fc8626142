import { useId, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../../components/use-dialog-focus';
import type { KeyAction, Refusal } from '../../../shared/keymap';
import { comboOf, conflicts, DEFAULT_KEYS, displayCombo, effectiveKeys, KEY_ACTIONS, refusalOf } from '../../../shared/keymap';
import type { KeymapPreset } from '../../../shared/keymap-presets';
import { KEYMAP_PRESETS, presetOf, presetOverrides } from '../../../shared/keymap-presets';

interface ShortcutsDialogProps {
  readonly overrides: Partial<Record<KeyAction, string>>;
  readonly onSave: (overrides: Partial<Record<KeyAction, string>>) => void;
  readonly onClose: () => void;
}

function refusalText(t: TFunction, combo: string, why: Refusal): string {
  const keys = displayCombo(combo);
  switch (why.kind) {
    case 'tab':
      return t('shortcuts.refused.tab');
    case 'unmodified':
      return t('shortcuts.refused.unmodified', { keys });
    case 'insertTerm':
      return t('shortcuts.refused.insertTerm', { keys, n: why.n });
    case 'useMatch':
      return t('shortcuts.refused.useMatch', { keys, n: why.n });
    case 'editing':
      return t('shortcuts.refused.editing', { keys });
  }
}

/** Every shortcut of the workbench; press "Change" and then the new keys to remap one. */
export function ShortcutsDialog({ overrides, onSave, onClose }: ShortcutsDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useDialogFocus<HTMLDivElement>(onClose);
  const id = useId();
  const [draft, setDraft] = useState<Partial<Record<KeyAction, string>>>(overrides);
  const [recording, setRecordingState] = useState<KeyAction | null>(null);
  const [refused, setRefused] = useState<{ readonly combo: string; readonly why: Refusal } | null>(null);
  const keys = effectiveKeys(draft);
  const clashes = conflicts(keys);
  const setRecording = (action: KeyAction | null) => {
    setRecordingState(action);
    setRefused(null);
  };

  const record = (e: React.KeyboardEvent) => {
    if (!recording) return;
    e.preventDefault();
    e.stopPropagation();
    if (e.key === 'Escape') return setRecording(null);
    const combo = comboOf(e);
    if (!combo) return;
    // Keys that would break typing, moving or another fixed key are refused; recording goes on.
    const why = refusalOf(combo);
    if (why) return setRefused({ combo, why });
    setDraft((d) => ({ ...d, [recording]: combo }));
    setRecording(null);
  };

  return (
    <div ref={dialogRef} className="dialog-backdrop">
      <div
        className="dialog dialog-wide"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-t`}
        onKeyDownCapture={record}
      >
        <h2 id={`${id}-t`}>{t('shortcuts.title')}</h2>
        <p>
          <label htmlFor={`${id}-preset`}>{t('shortcuts.preset')}</label>{' '}
          <select
            id={`${id}-preset`}
            value={presetOf(draft) ?? ''}
            aria-describedby={`${id}-preset-hint`}
            onChange={(e) => e.target.value && setDraft(presetOverrides(e.target.value as KeymapPreset))}
          >
            {presetOf(draft) === null && <option value="">{t('shortcuts.presetCustom')}</option>}
            {KEYMAP_PRESETS.map((preset) => (
              <option key={preset} value={preset}>
                {t(`shortcuts.presets.${preset}`)}
              </option>
            ))}
          </select>{' '}
          <span id={`${id}-preset-hint`} className="muted">
            {t('shortcuts.presetHint')}
          </span>
        </p>
        {/* The list scrolls inside the dialog, so its buttons stay on screen in a short window. */}
        <div className="shortcuts-scroll">
        <table className="shortcuts-table">
          <thead>
            <tr>
              <th scope="col">{t('shortcuts.action')}</th>
              <th scope="col">{t('shortcuts.keys')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('shortcuts.change')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {KEY_ACTIONS.map((action) => (
              <tr key={action}>
                <th scope="row">{t(`shortcuts.actions.${action}`)}</th>
                <td>
                  {recording === action ? <kbd>{t('shortcuts.pressKeys')}</kbd> : keys[action] ? <kbd>{displayCombo(keys[action])}</kbd> : <span className="muted">{t('shortcuts.none')}</span>}
                  {keys[action] !== DEFAULT_KEYS[action] && DEFAULT_KEYS[action] !== '' && <span className="muted"> ({t('shortcuts.default', { keys: displayCombo(DEFAULT_KEYS[action]) })})</span>}
                </td>
                <td>
                  <button type="button" className="small" onClick={() => setRecording(action)} aria-label={t('shortcuts.changeFor', { action: t(`shortcuts.actions.${action}`) })}>
                    {t('shortcuts.change')}
                  </button>
                </td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('shortcuts.actions.insertTerm')}</th>
              <td>
                <kbd>Alt+1 … Alt+9</kbd>
              </td>
              <td />
            </tr>
            <tr>
              <th scope="row">{t('shortcuts.actions.useMatch')}</th>
              <td>
                <kbd>Ctrl+1 … Ctrl+9</kbd>
              </td>
              <td />
            </tr>
          </tbody>
        </table>
        </div>
        {refused && (
          <p role="alert" className="error-text">
            {refusalText(t, refused.combo, refused.why)} {t('shortcuts.refused.again')}
          </p>
        )}
        {clashes.length > 0 && (
          <p role="alert" className="error-text">
            {clashes.map(([a, b]) => t('shortcuts.clash', { a: t(`shortcuts.actions.${a}`), b: t(`shortcuts.actions.${b}`), keys: keys[a] })).join(' ')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={() => setDraft({})}>
            {t('shortcuts.reset')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="button" className="primary" disabled={clashes.length > 0} onClick={() => onSave(draft)}>
            {t('shortcuts.save')}
          </button>
        </div>
      </div>
    </div>
  );
}
