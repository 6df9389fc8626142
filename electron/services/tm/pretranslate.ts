/**
 * Pre-translation: fill empty drafts from the TM (matches at or above the threshold, origin `tm`
 * with the percentage), then optionally from an MT engine (origin `mt` with the engine name),
 * as a job with progress and cancel. Each filled segment gets a `draft-import` revision, so the
 * history shows where the draft came from and review statistics separate TM, MT and human drafts.
 */
import { randomUUID } from 'node:crypto';
import type { ChannelArgs } from '../../../shared/api/contract';
import type { PretranslateResult } from '../../../shared/api/tm-types';
import type { GlossaryIndex } from '../../../shared/glossary/term-index';
import { findTermHits } from '../../../shared/glossary/term-index';
import { approvedTargets } from '../../../shared/glossary/model';
import type { Revision } from '../../../shared/model/revision';
import type { Draft, Segment } from '../../../shared/model/segment';
import { reason, say, type Said } from '../../../shared/messages/text';
import { inlineCodeIndex } from '../../../shared/model/segment';
import type { JobHandle } from '../jobs';
import { nextTurn } from '../jobs';
import { isAbort } from '../mt/http';
import type { MtItem, MtProvider, MtTerm } from '../mt/provider';
import type { TmService } from './tm-service';

const TM_CHUNK = 50;

export interface PretranslateDeps {
  readonly tm: TmService;
  readonly author: string;
  readonly provider: MtProvider | null;
  readonly glossary: () => Promise<GlossaryIndex | null>;
  readonly job: JobHandle;
}

/** Segments a pre-translation may fill: not excluded, not yet worked on, without a draft (unless picked). */
function fillable(s: Segment, picked: boolean): boolean {
  if (s.excluded || s.target.trim() !== '') return false;
  if (picked) return s.status === 'new' || s.status === 'draft';
  return s.status === 'new' && (!s.draft || s.draft.text.trim() === '');
}

export async function pretranslate(args: ChannelArgs<'tm:pretranslate'>, deps: PretranslateDeps): Promise<PretranslateResult> {
  const { job } = deps;
  const store = await deps.tm.project();
  const picked = args.segmentIds ? new Set(args.segmentIds) : null;
  const todo = store.segmentsOf(args.documentId).filter((s) => (picked ? picked.has(s.id) && fillable(s, true) : fillable(s, false)));
  const errors: Said[] = [];
  let fromTm = 0;
  let fromMt = 0;
  job.report(0, todo.length);
  const remaining: Segment[] = [];
  const meta = store.projectMeta;

  /** Stores the drafts; returns how many segments were still free to fill. */
  const commit = (pairs: { segment: Segment; draft: Draft }[]): number => {
    if (pairs.length === 0) return 0;
    const now = new Date().toISOString();
    const segments: Segment[] = [];
    const revisions: Revision[] = [];
    for (const { segment: asked, draft } of pairs) {
      // The reviewer keeps working while an engine answers: a segment edited meanwhile is left alone.
      const segment = store.segment(asked.id);
      if (!fillable(segment, picked !== null)) continue;
      segments.push({ ...segment, draft, target: draft.text, status: 'draft', updatedAt: now, updatedBy: deps.author });
      revisions.push({ id: randomUUID(), segmentId: segment.id, text: draft.text, status: 'draft', author: deps.author, at: now, origin: 'draft-import' });
    }
    if (segments.length) store.commit({ op: 'put-segments', segments, revisions });
    return segments.length;
  };

  try {
    for (let i = 0; i < todo.length; i += TM_CHUNK) {
      if (job.cancelled) return finish(true);
      const filled: { segment: Segment; draft: Draft }[] = [];
      for (const segment of todo.slice(i, i + TM_CHUNK)) {
        const [best] = await deps.tm.search(segment.source, 1, args.tmThreshold);
        if (best) filled.push({ segment, draft: { text: fitCodes(best.target, segment), origin: 'tm', engine: best.tm, matchPercent: best.score } });
        else remaining.push(segment);
      }
      fromTm += commit(filled);
      job.report(Math.min(i + TM_CHUNK, todo.length) - (deps.provider ? remaining.length : 0), todo.length);
      await nextTurn();
    }
    if (deps.provider && remaining.length) {
      const provider = deps.provider;
      const index = await deps.glossary().catch(() => null);
      const controller = new AbortController();
      // The job is cancelled from another call: check often, so a slow engine's request is cut short.
      const watch = setInterval(() => job.cancelled && controller.abort(), 50);
      watch.unref();
      try {
        for (let i = 0; i < remaining.length; i += provider.batchSize) {
          if (job.cancelled) return finish(true);
          const batch = remaining.slice(i, i + provider.batchSize);
          const items: MtItem[] = batch.map((s) => ({ text: s.source, terms: index ? termsFor(index, s.source) : [] }));
          let texts: string[];
          try {
            texts = await provider.translate({ items, sourceLang: meta.sourceLang, targetLang: meta.targetLang, signal: controller.signal });
          } catch (err) {
            if (isAbort(err) || job.cancelled) return finish(true);
            // The engine is down or refuses the key: every further batch would fail the same way.
            errors.push(engineFailure(err, provider.engineName));
            break;
          }
          const filled = batch.flatMap((segment, k) => {
            const text = texts[k]?.trim();
            return text ? [{ segment, draft: { text: fitCodes(text, segment), origin: 'mt' as const, engine: provider.engineName } }] : [];
          });
          fromMt += commit(filled);
          job.report(todo.length - remaining.length + Math.min(i + provider.batchSize, remaining.length), todo.length);
        }
      } finally {
        clearInterval(watch);
      }
    }
    return finish(false);
  } finally {
    job.finish();
  }

  function finish(cancelled: boolean): PretranslateResult {
    return { filled: fromTm + fromMt, fromTm, fromMt, cancelled, errors };
  }
}

/** An engine's failure as said: by its own key (every MtError has one), else named with the engine. */
function engineFailure(err: unknown, engine: string): Said {
  const why = reason(err);
  if (typeof why === 'object' && err instanceof Error) return { message: err.message, text: why };
  return say('mt.engineFailed', { engine, reason: why });
}

/** The segment's glossary terms: approved English and forbidden English per term found. */
export function termsFor(index: GlossaryIndex, source: string): MtTerm[] {
  const seen = new Set<string>();
  const terms: MtTerm[] = [];
  for (const hit of findTermHits(index, source)) {
    const entry = index.byId.get(hit.entryId);
    if (!entry || seen.has(entry.id)) continue;
    seen.add(entry.id);
    terms.push({ source: hit.text, targets: approvedTargets(entry), forbidden: entry.targets.filter((t) => t.status === 'forbidden').map((t) => t.text) });
  }
  return terms;
}

/** Drops inline-code characters the segment does not have (a TM unit's codes are its own). */
function fitCodes(text: string, segment: Segment): string {
  const codes = segment.codes?.length ?? 0;
  return [...text].filter((ch) => {
    const i = inlineCodeIndex(ch);
    return i === null || i < codes;
  }).join('');
}
