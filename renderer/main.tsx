import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { App } from './app';
import { initI18n } from './i18n';
import { applyTheme, rememberedLook } from './state/remembered-look';
import './styles/app.css';
import './styles/team.css';

// The last language and theme at once; the settings confirm or change them when they arrive.
const look = rememberedLook();
applyTheme(look.theme);
initI18n(look.language);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App client={createClient()} />
    </StrictMode>,
  );
}
