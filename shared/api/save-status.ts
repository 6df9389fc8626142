import type { Said } from '../messages/text';

/** Whether the project's writes in the background (its compactions) are failing right now. */
export interface SaveStatus {
  /** What failed and what to do, in the user's language; null while everything is written. */
  readonly failure: Said | null;
}
