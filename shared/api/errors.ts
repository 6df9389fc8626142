/** Error codes every handler may return; the UI and CLI show `message` as it is. */
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
}

export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorBody };

/** An error meant for the user: its message says what happened and what to do. */
export class TinjauError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: readonly string[],
  ) {
    super(message);
    this.name = 'TinjauError';
  }

  toBody(): ApiErrorBody {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}
