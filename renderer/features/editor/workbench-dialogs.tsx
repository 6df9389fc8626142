import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/api/types';
import type { Segment } from '../../../shared/model/segment';
import type { Client } from '../../api/client';
import type { Notice } from '../../components/notice-bar';
import { localMessage } from '../../i18n/local-message';
import { ExportDialog } from '../export/export-dialog';
import { EntryDialog } from '../glossary/entry-dialog';
import { JumpDialog } from '../keyboard/jump-dialog';
import { ShortcutsDialog } from '../keyboard/shortcuts-dialog';
import { FindReplaceDialog } from '../review/find-replace-dialog';
import type { SegmentFilter } from '../review/segment-filter';
import { NO_FILTER } from '../review/segment-filter';
import { PretranslateDialog } from '../tm/pretranslate-dialog';
import type { SegmentAction } from './segment-actions';
import { SplitDialog } from './split-dialog';

export type WorkbenchDialog = 'shortcuts' | 'jump' | 'export' | 'pretranslate' | null;

interface WorkbenchDialogsProps {
  readonly client: Client;
  readonly project: string;
  readonly documentId: string;
  readonly settings: Settings;
  readonly onSettings: (settings: Settings) => void;
  readonly list: readonly Segment[];
  readonly numberOf: ReadonlyMap<string, number>;
  /** Whether the grid shows the segment under the current filter. */
  readonly shown: (id: string) => boolean;
  readonly selected: ReadonlySet<string>;
  readonly splitting: Segment | null;
  readonly setSplitting: (segment: Segment | null) => void;
  readonly onAction: (id: string, action: SegmentAction, offsets: { source?: number; target?: number }) => unknown;
  readonly replacing: boolean;
  readonly setReplacing: (open: boolean) => void;
  readonly apply: (changed: readonly Segment[], wholeDocument: boolean) => void;
  readonly addingTerm: { source: string; target: string } | null;
  readonly setAddingTerm: (prefill: { source: string; target: string } | null) => void;
  readonly glossarySources: Parameters<typeof EntryDialog>[0]['sources'];
  readonly setLocalChanges: Dispatch<SetStateAction<number>>;
  readonly dialog: WorkbenchDialog;
  readonly setDialog: (dialog: WorkbenchDialog) => void;
  readonly setError: (message: string | null) => void;
  readonly setNotice: (notice: Notice | null) => void;
  readonly setFilter: (filter: SegmentFilter) => void;
  readonly activate: (id: string) => void;
  readonly reload: () => void;
  readonly setTmRefresh: Dispatch<SetStateAction<number>>;
}

/** The workbench's dialogs: split, find and replace, a new term, shortcuts, pre-translation, export, go to segment. */
export function WorkbenchDialogs({ client, project, documentId, settings, onSettings, list, numberOf, shown, selected, splitting, setSplitting, onAction, replacing, setReplacing, apply, addingTerm, setAddingTerm, glossarySources, setLocalChanges, dialog, setDialog, setError, setNotice, setFilter, activate, reload, setTmRefresh }: WorkbenchDialogsProps) {
  const { t } = useTranslation();
  return (
    <>
      {splitting && (
        <SplitDialog
          segment={splitting}
          number={numberOf.get(splitting.id) ?? 0}
          onClose={() => setSplitting(null)}
          onSplit={(offsets) => {
            const id = splitting.id;
            setSplitting(null);
            void onAction(id, 'split', offsets);
          }}
        />
      )}
      {replacing && (
        <FindReplaceDialog
          client={client}
          project={project}
          documentId={documentId}
          numberOf={(id) => numberOf.get(id) ?? 0}
          onClose={() => setReplacing(false)}
          onApplied={(changed, batchId, count) => {
            apply(changed, false);
            setReplacing(false);
            setNotice({ text: t('replace.done', { count }), undo: batchId });
          }}
        />
      )}
      {addingTerm && (
        <EntryDialog
          client={client}
          project={project}
          sources={glossarySources}
          prefill={addingTerm}
          onCancel={() => setAddingTerm(null)}
          onSaved={() => {
            setAddingTerm(null);
            setLocalChanges((n) => n + 1);
          }}
        />
      )}
      {dialog === 'shortcuts' && (
        <ShortcutsDialog
          overrides={settings.shortcuts}
          onClose={() => setDialog(null)}
          onSave={(shortcuts) =>
            client.api['settings:update']({ shortcuts }).then((saved) => {
              onSettings(saved);
              setDialog(null);
            }, (err: Error) => setError(err.message))
          }
        />
      )}
      {dialog === 'pretranslate' && (
        <PretranslateDialog
          client={client}
          project={project}
          documentId={documentId}
          selected={[...selected]}
          onClose={() => setDialog(null)}
          onDone={(r) => {
            setDialog(null);
            reload();
            setTmRefresh((n) => n + 1);
            setNotice({ text: t('pretranslate.done', { filled: r.filled, tm: r.fromTm, mt: r.fromMt }) + (r.errors.length ? ` ${r.errors.map((e) => localMessage(e)).join(' ')}` : '') });
          }}
        />
      )}
      {dialog === 'export' && <ExportDialog client={client} project={project} documentId={documentId} transport={client.transport} initialFormat={settings.defaultExportFormat} onClose={() => setDialog(null)} />}
      {dialog === 'jump' && (
        <JumpDialog
          count={list.length}
          onClose={() => setDialog(null)}
          onJump={(n) => {
            setDialog(null);
            const target = list[n - 1];
            if (target) {
              if (!shown(target.id)) setFilter(NO_FILTER);
              activate(target.id);
            }
          }}
        />
      )}
    </>
  );
}
