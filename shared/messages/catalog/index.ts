/** Every area's message templates, in one table keyed by message key. */
import { bilingualFilesMessages } from './bilingual-files';
import { commonMessages } from './common';
import { exportMessages } from './export';
import { formatsMessages } from './formats';
import { glossaryMessages } from './glossary';
import { importWorkerMessages } from './import-worker';
import { glossaryImportMessages } from './glossary-import';
import { projectMessages } from './project';
import { readOnlyMessages } from './read-only';
import { reimportMessages } from './reimport';
import { boilerplatePatternMessages } from './boilerplate-patterns';
import { boilerplateApplyMessages } from './boilerplate-apply';
import { safetyMessages } from './safety';
import { saveStatusMessages } from './save-status';
import { storageMessages } from './storage';
import { teamMessages } from './team';
import { tmMessages } from './tm';

export const catalog = {
  ...commonMessages,
  ...projectMessages,
  ...storageMessages,
  ...formatsMessages,
  ...glossaryMessages,
  ...glossaryImportMessages,
  ...tmMessages,
  ...exportMessages,
  ...safetyMessages,
  ...bilingualFilesMessages,
  ...teamMessages,
  ...readOnlyMessages,
  ...importWorkerMessages,
  ...saveStatusMessages,
  ...reimportMessages,
  ...boilerplatePatternMessages,
  ...boilerplateApplyMessages,
} as const;

export type Catalog = typeof catalog;

/** The areas one by one, so a test can check that no two give the same key. */
export const catalogAreas: readonly MessageTable[] = [
  commonMessages,
  projectMessages,
  storageMessages,
  formatsMessages,
  glossaryMessages,
  glossaryImportMessages,
  tmMessages,
  exportMessages,
  safetyMessages,
  bilingualFilesMessages,
  teamMessages,
  readOnlyMessages,
  importWorkerMessages,
  saveStatusMessages,
  reimportMessages,
  boilerplatePatternMessages,
  boilerplateApplyMessages,
];

/** An area's templates: English and Indonesian with the same `{arguments}`. */
export type MessageTable = Readonly<Record<string, { readonly en: string; readonly id: string }>>;
