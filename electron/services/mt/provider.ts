/**
 * What every machine translation engine offers the services: translate a batch of segments.
 *
 * Engines differ in protocol (openai.ts, libretranslate.ts, deepl.ts); http.ts gives them the
 * same retries, rate limit, timeouts and error wording, so the pre-translation and the settings
 * "Test" button see one behaviour.
 */
import type { MtProviderInfo } from '../../../shared/api/tm-types';

/** Glossary terms that occur in a segment, for engines that can take instructions. */
export interface MtTerm {
  readonly source: string;
  /** Approved English terms, preferred first. */
  readonly targets: readonly string[];
  /** English terms the glossary forbids for this source term. */
  readonly forbidden: readonly string[];
}

export interface MtItem {
  readonly text: string;
  readonly terms?: readonly MtTerm[];
}

export interface MtRequest {
  readonly items: readonly MtItem[];
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly signal?: AbortSignal;
}

export interface MtProvider {
  readonly id: string;
  /** Recorded as the draft's engine, so statistics can compare engines. */
  readonly engineName: string;
  /** How many segments one request carries. */
  readonly batchSize: number;
  translate(request: MtRequest): Promise<string[]>;
}

/** A provider's settings as stored (never with its key). */
export type MtProviderConfig = Omit<MtProviderInfo, 'hasKey' | 'keyStorage'>;

/** Timing knobs; tests shorten them, the app keeps the defaults. */
export interface MtTiming {
  readonly timeoutMs?: number;
  readonly retries?: number;
  readonly backoffMs?: number;
  /** Longest wait a Retry-After header may ask for. */
  readonly maxRetryAfterMs?: number;
}
