import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MtProviderInfo } from '../../../shared/api/tm-types';
import type { Client } from '../../api/client';
import { ErrorBanner } from '../../components/error-banner';
import { useDialogFocus } from '../../components/use-dialog-focus';
import { localMessage } from '../../i18n/local-message';
import { DialogActions } from '../../components/dialog-actions';

type Kind = MtProviderInfo['kind'];
const ENDPOINTS: Record<Kind, string> = {
  openai: 'http://127.0.0.1:11434/v1',
  libretranslate: 'http://127.0.0.1:5000',
  deepl: 'https://api-free.deepl.com',
};

/** Machine translation engines: a local LLM server, LibreTranslate, or DeepL; keys go to the keychain. */
export function MtSettingsDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useDialogFocus<HTMLDivElement>(onClose);
  const [providers, setProviders] = useState<readonly MtProviderInfo[]>([]);
  const [kind, setKind] = useState<Kind>('openai');
  const [name, setName] = useState('');
  const [endpoint, setEndpoint] = useState(ENDPOINTS.openai);
  const [model, setModel] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    client.api['mt:providers']({}).then(setProviders, (err: Error) => setError(err.message));
  }, [client]);

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    // Said here in the interface language, before the service's own check would say it in English.
    if (!isHttpUrl(endpoint)) return setError(t('mt.badEndpoint', { endpoint }));
    const providerId = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-') || kind;
    client.api['mt:saveProvider']({ id: providerId, kind, name, endpoint, ...(model ? { model } : {}), ...(apiKey ? { apiKey } : {}) }).then(
      (list) => {
        setProviders(list);
        setApiKey('');
        setName('');
        setError(null);
      },
      (err: Error) => setError(err.message),
    );
  };
  const test = (providerId: string) =>
    client.api['mt:test']({ id: providerId }).then(
      (r) => (r.ok ? setMessage(localMessage(r)) : setError(localMessage(r))),
      (err: Error) => setError(err.message),
    );

  return (
    <div className="dialog-backdrop">
      <div ref={dialogRef} className="dialog dialog-wide" role="dialog" aria-modal="true" aria-labelledby={`${id}-t`}>
        <h2 id={`${id}-t`}>{t('mt.title')}</h2>
        <p className="muted">{t('mt.intro')}</p>
        <ErrorBanner message={error} onDismiss={() => setError(null)} />
        {message && (
          <p role="status" className="notice">
            {message}
          </p>
        )}
        <ul className="recent-list">
          {providers.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong> <span className="muted">{`${t(`mt.kinds.${p.kind}`)} · ${p.endpoint}${p.model ? ` · ${p.model}` : ''} · ${p.hasKey ? p.keyStorage : t('mt.noKey')}`}</span>{' '}
              <button type="button" className="small" onClick={() => void test(p.id)}>
                {t('mt.test')}
              </button>{' '}
              <button type="button" className="small" onClick={() => client.api['mt:removeProvider']({ id: p.id }).then(setProviders, (err: Error) => setError(err.message))}>
                {t('mt.remove')}
              </button>
            </li>
          ))}
        </ul>
        <form onSubmit={save}>
          <div className="field-grid">
            <label className="field">
              <span>{t('mt.kind')}</span>
              <select
                value={kind}
                onChange={(e) => {
                  const k = e.target.value as Kind;
                  setKind(k);
                  setEndpoint(ENDPOINTS[k]);
                }}
              >
                {(['openai', 'libretranslate', 'deepl'] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`mt.kinds.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('mt.name')}</span>
              <input value={name} onChange={(e) => setName(e.target.value)} required />
            </label>
            <label className="field">
              <span>{t('mt.endpoint')}</span>
              <input value={endpoint} onChange={(e) => setEndpoint(e.target.value)} required />
            </label>
            <label className="field">
              <span>{t('mt.model')}</span>
              <input value={model} onChange={(e) => setModel(e.target.value)} />
            </label>
          </div>
          <label className="field">
            <span>{t('mt.key')}</span>
            <input type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
          </label>
          <DialogActions submit={t('mt.save')} onCancel={onClose} close />
        </form>
      </div>
    </div>
  );
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
