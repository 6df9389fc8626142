import { useTranslation } from 'react-i18next';

export type PanelId = 'terms' | 'tm' | 'history' | 'comments' | 'qa';

/** Tabs over the side panels; the active segment's context stays beside the grid. */
export function SidePanelTabs({ panel, onPanel, panels }: { panel: PanelId; onPanel: (p: PanelId) => void; panels: readonly PanelId[] }) {
  const { t } = useTranslation();
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
