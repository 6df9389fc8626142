import type { ApiErrorCode } from '../../../shared/api/errors';
import type { MessageText } from '../../../shared/messages/text';
import type { BuiltImport } from './build-import';

/** What the import worker posts back to the main thread. */
export type WorkerReply =
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'done'; readonly built: BuiltImport }
  | {
      readonly type: 'failed';
      readonly error: { readonly code: ApiErrorCode; readonly message: string; readonly text?: MessageText; readonly details?: readonly string[] };
    };
