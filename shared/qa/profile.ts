/**
 * QA profiles: which checks run, at what severity, with which thresholds.
 *
 * A profile is plain JSON so a project can export and import it; `parseQaProfile` validates with
 * zod and fills anything missing from the defaults, so old profiles keep working as checks are added.
 */
import { z } from 'zod';
import { QA_CHECK_IDS } from './checks';

const severitySchema = z.enum(['error', 'warning', 'info']);

const checkSettingSchema = z.object({
  enabled: z.boolean().optional(),
  severity: severitySchema.optional(),
});

export const qaThresholdsSchema = z.object({
  /** Target/source character ratio bounds; the 000 corpus pair runs 0.82..1.32, mean 1.03. */
  lengthRatioMin: z.number().positive(),
  lengthRatioMax: z.number().positive(),
  /** Short segments (titles, captions) vary too much to judge by length. */
  lengthMinSourceChars: z.number().int().nonnegative(),
  /** Indonesian function words within a window of this many words that make a finding. */
  indonesianMinWords: z.number().int().min(1),
  indonesianWindow: z.number().int().min(1),
});

export const qaProfileSchema = z.object({
  name: z.string().min(1),
  checks: z.record(z.string(), checkSettingSchema).superRefine((checks, ctx) => {
    for (const id of Object.keys(checks)) {
      if (!QA_CHECK_IDS.includes(id)) ctx.addIssue({ code: 'custom', message: `unknown QA check "${id}"`, path: [id] });
    }
  }),
  thresholds: qaThresholdsSchema,
  /** Tokens that need not be carried over (translated abbreviations, project exceptions). */
  ignoreTokens: z.array(z.string()),
});

export type QaProfile = z.infer<typeof qaProfileSchema>;
export type QaThresholds = z.infer<typeof qaThresholdsSchema>;

export const DEFAULT_QA_THRESHOLDS: QaThresholds = {
  lengthRatioMin: 0.6,
  lengthRatioMax: 1.6,
  lengthMinSourceChars: 20,
  indonesianMinWords: 2,
  indonesianWindow: 4,
};

export const DEFAULT_QA_PROFILE: QaProfile = {
  name: 'Default',
  checks: {},
  thresholds: DEFAULT_QA_THRESHOLDS,
  ignoreTokens: [],
};

const partialProfileSchema = qaProfileSchema.extend({
  name: z.string().min(1).optional(),
  checks: qaProfileSchema.shape.checks.optional(),
  thresholds: qaThresholdsSchema.partial().optional(),
  ignoreTokens: z.array(z.string()).optional(),
});

export type QaProfileResult = { ok: true; profile: QaProfile } | { ok: false; errors: string[] };

/** Validates an imported profile (parsed JSON); missing fields take the defaults. */
export function parseQaProfile(input: unknown): QaProfileResult {
  const parsed = partialProfileSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.') || 'profile'}: ${i.message}`) };
  }
  const p = parsed.data;
  const thresholds = { ...DEFAULT_QA_THRESHOLDS, ...p.thresholds };
  if (thresholds.lengthRatioMin >= thresholds.lengthRatioMax) {
    return { ok: false, errors: ['thresholds: lengthRatioMin must be below lengthRatioMax'] };
  }
  return {
    ok: true,
    profile: { name: p.name ?? DEFAULT_QA_PROFILE.name, checks: p.checks ?? {}, thresholds, ignoreTokens: p.ignoreTokens ?? [] },
  };
}

export function isCheckEnabled(profile: QaProfile, checkId: string): boolean {
  return profile.checks[checkId]?.enabled ?? true;
}
