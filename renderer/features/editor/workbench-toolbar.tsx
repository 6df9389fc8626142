import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../shared/api/contract';
import type { DocumentProgress } from '../../../shared/api/types';
import type { KeyAction } from '../../../shared/keymap';
import { ProgressBar } from '../../components/progress-bar';
import type { SaveState } from './use-document-segments';

interface ToolbarProps {
  readonly title: string;
  readonly documentName: string;
  readonly count: number;
  readonly progress: DocumentProgress;
  readonly saveState: SaveState;
  readonly keys: Readonly<Record<KeyAction, string>>;
  readonly diffAll: boolean;
  readonly showPanel: boolean;
  readonly onBack: () => void;
  readonly onToggleDiff: () => void;
  readonly onReplace: () => void;
  readonly onTogglePanel: () => void;
  readonly onDashboard: () => void;
  readonly onPretranslate: () => void;
  readonly onExport: () => void;
  readonly onQuickExport: (format: ExportFormat) => void;
}

/** The workbench header: where you are, how far the review is, whether it is saved, and the tools. */
export function WorkbenchToolbar(p: ToolbarProps) {
  const { t } = useTranslation();
  return (
    <header className="toolbar">
      <button type="button" className="link-button" onClick={p.onBack}>
        ← {t('editor.backToProject')}
      </button>
      <h1 className="toolbar-title">
        {p.title} <span className="muted">/ {p.documentName}</span>
      </h1>
      <span className="muted">{t('editor.segmentCount', { count: p.count })}</span>
      <ProgressBar progress={p.progress} label={t('progress.label')} />
      <span className={`save-state save-${p.saveState}`} role="status" aria-live="polite">
        {t(`save.${p.saveState}`)}
      </span>
      <div className="toolbar-actions">
        <button type="button" aria-pressed={p.diffAll} onClick={p.onToggleDiff} title={p.keys.toggleDiff}>
          {t('diff.toggleAll')}
        </button>
        <button type="button" onClick={p.onReplace} title={p.keys.findReplace}>
          {t('replace.open')}
        </button>
        <button type="button" aria-pressed={p.showPanel} onClick={p.onTogglePanel}>
          {t('panels.toggle')}
        </button>
        <button type="button" onClick={p.onDashboard}>
          {t('dashboard.open')}
        </button>
        <button type="button" onClick={p.onPretranslate}>
          {t('pretranslate.open')}
        </button>
        <button type="button" onClick={p.onExport}>
          {t('exportDialog.open')}
        </button>
        <button type="button" onClick={() => p.onQuickExport('txt')}>
          {t('export.txt')}
        </button>
        <button type="button" onClick={() => p.onQuickExport('csv')}>
          {t('export.csv')}
        </button>
      </div>
    </header>
  );
}
