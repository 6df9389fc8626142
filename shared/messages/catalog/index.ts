/** Every area's message templates, in one table keyed by message key. */
import { bilingualFilesMessages } from './bilingual-files';
import { commonMessages } from './common';
import { exportMessages } from './export';
import { formatsMessages } from './formats';
import { glossaryMessages } from './glossary';
import { projectMessages } from './project';
import { tmMessages } from './tm';

export const catalog = {
  ...commonMessages,
  ...projectMessages,
  ...formatsMessages,
  ...glossaryMessages,
  ...tmMessages,
  ...exportMessages,
  ...bilingualFilesMessages,
} as const;

export type Catalog = typeof catalog;

/** An area's templates: English and Indonesian with the same `{arguments}`. */
export type MessageTable = Readonly<Record<string, { readonly en: string; readonly id: string }>>;
