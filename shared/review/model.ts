/**
 * Review annotations (MQM errors on a target span) and comment threads on segments.
 *
 * Plain readonly data with pure updates, so the store can journal every change; zod schemas sit
 * beside the types for validating IPC input and imported review files.
 */
import { z } from 'zod';
import { MQM_CATEGORY_IDS, MQM_SEVERITIES, type MqmCategory, type MqmSeverity } from './mqm';

export interface Annotation {
  readonly id: string;
  readonly segmentId: string;
  /** Span of the target (UTF-16 offsets) the error covers; start === end marks an omission point. */
  readonly start: number;
  readonly end: number;
  readonly category: MqmCategory;
  readonly severity: MqmSeverity;
  readonly note: string;
  readonly author: string;
  /** ISO 8601 timestamp. */
  readonly at: string;
}

export interface Comment {
  readonly id: string;
  readonly author: string;
  readonly at: string;
  readonly text: string;
}

export interface CommentThread {
  readonly id: string;
  readonly segmentId: string;
  readonly comments: readonly Comment[];
  readonly resolved: boolean;
  /** Who resolved or reopened the thread last, and when. */
  readonly statusBy?: string;
  readonly statusAt?: string;
}

export const annotationSchema = z
  .object({
    id: z.string().min(1),
    segmentId: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    category: z.enum(MQM_CATEGORY_IDS as [MqmCategory, ...MqmCategory[]]),
    severity: z.enum(MQM_SEVERITIES as [MqmSeverity, ...MqmSeverity[]]),
    note: z.string(),
    author: z.string().min(1),
    at: z.string().min(1),
  })
  .refine((a) => a.end >= a.start, { message: 'end must not be before start', path: ['end'] });

export const commentSchema = z.object({ id: z.string().min(1), author: z.string().min(1), at: z.string().min(1), text: z.string().min(1) });

export const commentThreadSchema = z.object({
  id: z.string().min(1),
  segmentId: z.string().min(1),
  comments: z.array(commentSchema).min(1),
  resolved: z.boolean(),
  statusBy: z.string().optional(),
  statusAt: z.string().optional(),
});

export function startThread(id: string, segmentId: string, first: Comment): CommentThread {
  return { id, segmentId, comments: [first], resolved: false };
}

/** Adds a reply; replying to a resolved thread reopens it, as a reviewer expects a reply to be seen. */
export function replyToThread(thread: CommentThread, comment: Comment): CommentThread {
  return { ...thread, comments: [...thread.comments, comment], ...(thread.resolved ? { resolved: false, statusBy: comment.author, statusAt: comment.at } : {}) };
}

export function resolveThread(thread: CommentThread, by: string, at: string): CommentThread {
  return thread.resolved ? thread : { ...thread, resolved: true, statusBy: by, statusAt: at };
}

export function reopenThread(thread: CommentThread, by: string, at: string): CommentThread {
  return thread.resolved ? { ...thread, resolved: false, statusBy: by, statusAt: at } : thread;
}

/** Annotations whose span still lies inside the target (after edits shortened it). */
export function annotationFits(annotation: Annotation, target: string): boolean {
  return annotation.start <= annotation.end && annotation.end <= target.length;
}
