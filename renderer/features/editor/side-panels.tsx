import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { watchFocusLoss } from '../../components/use-focus-rescue';

export type PanelId = 'terms' | 'tm' | 'history' | 'comments' | 'qa';

/**
 * Tabs over the side panels; the active segment's context stays beside the grid. One tab stop
 * for the row: the arrow keys, Home and End move between tabs (the ARIA tabs pattern).
 */
export function SidePanelTabs({ panel, onPanel, panels }: { panel: PanelId; onPanel: (p: PanelId) => void; panels: readonly PanelId[] }) {
  const { t } = useTranslation();
  const tabs = useRef(new Map<PanelId, HTMLButtonElement>());
  const firstPanel = useRef(panel);

  // The panel these tabs control is one element whatever it shows: keep focus in it when a
  // panel's button removes or disables itself (Run QA, Restore, Add comment).
  useEffect(() => {
    const tabpanel = document.getElementById(`panel-${firstPanel.current}`);
    return tabpanel ? watchFocusLoss(tabpanel) : undefined;
  }, []);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const at = panels.indexOf(panel);
    const to =
      e.key === 'ArrowRight' ? panels[(at + 1) % panels.length]
      : e.key === 'ArrowLeft' ? panels[(at - 1 + panels.length) % panels.length]
      : e.key === 'Home' ? panels[0]
      : e.key === 'End' ? panels[panels.length - 1]
      : undefined;
    if (!to) return;
    e.preventDefault();
    onPanel(to);
    tabs.current.get(to)?.focus();
  };

  return (
    <div className="panel-tabs" role="tablist" aria-label={t('panels.label')} onKeyDown={onKeyDown}>
      {panels.map((p) => (
        <button
          key={p}
          ref={(el) => {
            if (el) tabs.current.set(p, el);
            else tabs.current.delete(p);
          }}
          type="button"
          role="tab"
          id={`tab-${p}`}
          aria-selected={panel === p}
          aria-controls={`panel-${p}`}
          tabIndex={panel === p ? 0 : -1}
          className={panel === p ? 'tab-active' : ''}
          onClick={() => onPanel(p)}
        >
          {t(`panels.${p}`)}
        </button>
      ))}
    </div>
  );
}
