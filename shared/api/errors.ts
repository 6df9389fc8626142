import type { MessageText, Said } from '../messages/text';

/**
 * Error codes every handler may return. The CLI shows `message` (English); the interface shows
 * `text` in its own language when the error has one, else `message`.
 */
export type ApiErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'locked'
  | 'format'
  | 'too-large'
  | 'conflict'
  | 'io'
  | 'internal';

export interface ApiErrorBody {
  readonly code: ApiErrorCode;
  readonly message: string;
  readonly details?: readonly string[];
  /** The message by key and arguments (shared/messages), for the interface language. */
  readonly text?: MessageText;
}

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorBody };

/** An error meant for the user: its message says what happened and what to do. */
export class TinjauError extends Error {
  readonly text?: MessageText;

  constructor(
    readonly code: ApiErrorCode,
    message: Said,
    readonly details?: readonly string[],
  ) {
    super(message.message);
    this.text = message.text;
    this.name = 'TinjauError';
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
      ...(this.text ? { text: this.text } : {}),
    };
  }
}
