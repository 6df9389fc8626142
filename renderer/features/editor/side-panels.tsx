import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { watchFocusLoss } from '../../components/use-focus-rescue';

export type PanelId = 'terms' | 'tm' | 'history' | 'comments' | 'qa';

/** Tabs over the side panels; the active segment's context stays beside the grid. */
export function SidePanelTabs({ panel, onPanel, panels }: { panel: PanelId; onPanel: (p: PanelId) => void; panels: readonly PanelId[] }) {
  const { t } = useTranslation();
  const firstPanel = useRef(panel);

  // The panel these tabs control is one element whatever it shows: keep focus in it when a
  // panel's button removes or disables itself (Run QA, Restore, Add comment).
  useEffect(() => {
    const tabpanel = document.getElementById(`panel-${firstPanel.current}`);
    return tabpanel ? watchFocusLoss(tabpanel) : undefined;
  }, []);

  return (
    <div className="panel-tabs" role="tablist" aria-label={t('panels.label')}>
      {panels.map((p) => (
        <button key={p} type="button" role="tab" id={`tab-${p}`} aria-selected={panel === p} aria-controls={`panel-${p}`} className={panel === p ? 'tab-active' : ''} onClick={() => onPanel(p)}>
          {t(`panels.${p}`)}
        </button>
      ))}
    </div>
  );
}
