/**
 * A compiled glossary index that can be saved beside the glossary and loaded without
 * tokenising and stemming every entry again: what makes opening a 50,000-entry glossary fast.
 * The saved form names the entry revisions it was compiled from; if the glossary changed
 * since, `loadGlossaryIndex` quietly rebuilds.
 */
import { loadRootSet } from '../language/id/roots';
import { createStemmer } from '../language/id/stemmer';
import type { GlossaryEntry, MorphologyMode } from './model';
import { isLive } from './model';
import { hashText } from './revision';
import type { GlossaryIndex } from './term-index';
import { assembleIndex, buildGlossaryIndex } from './term-index';
import type { TermPattern, WordGuard } from './term-pattern';

/**
 * Bump when matching rules change; with the root count it marks indexes compiled by another
 * version of the engine or dictionary, which are then rebuilt rather than trusted.
 */
const ENGINE_VERSION = 2;

function engineTag(): string {
  return `${ENGINE_VERSION}:${loadRootSet().size}`;
}

type GuardTuple = [MorphologyMode, 0 | 1, string, string, string, 0 | 1];
type PatternTuple = [number, string, string[], number[]];

export interface CompiledGlossary {
  readonly format: 'tinjau-glossary-index';
  readonly formatVersion: 1;
  /** Hash of the live entries' ids and revisions. */
  readonly digest: string;
  /** Engine and dictionary the patterns were compiled with. */
  readonly engine: string;
  readonly extraRoots: readonly string[];
  /** Distinct word guards, referenced by index from `patterns`. */
  readonly guards: readonly GuardTuple[];
  readonly patterns: readonly PatternTuple[];
}

/** Names the glossary state: same live entries at the same revisions, same digest. */
export function glossaryDigest(entries: readonly GlossaryEntry[]): string {
  let text = '';
  for (const e of entries) if (isLive(e)) text += `${e.id}@${e.version}\n`;
  return hashText(text);
}

/** The index's compiled form, for JSON storage. */
export function compileGlossaryIndex(index: GlossaryIndex): CompiledGlossary {
  const guardIds = new Map<WordGuard, number>();
  const byKey = new Map<string, number>();
  const guards: GuardTuple[] = [];
  const guardId = (g: WordGuard): number => {
    let id = guardIds.get(g);
    if (id !== undefined) return id;
    const tuple: GuardTuple = [g.mode, g.caseSensitive ? 1 : 0, g.surface, g.derivation, g.nominal, g.reduplicated ? 1 : 0];
    const key = JSON.stringify(tuple);
    id = byKey.get(key);
    if (id === undefined) {
      id = guards.length;
      guards.push(tuple);
      byKey.set(key, id);
    }
    guardIds.set(g, id);
    return id;
  };
  return {
    format: 'tinjau-glossary-index',
    formatVersion: 1,
    digest: glossaryDigest(index.entries),
    engine: engineTag(),
    extraRoots: index.extraRoots,
    guards,
    patterns: index.patterns.map((p) => [p.entryIndex, p.form, [...p.roots], p.guards.map(guardId)]),
  };
}

/**
 * The index for `entries`, from `compiled` when it matches them, else built afresh. A caller
 * that has the live entries' digest already (to tell whether to save the index) passes it.
 */
export function loadGlossaryIndex(entries: readonly GlossaryEntry[], compiled: CompiledGlossary | undefined, digest?: string): GlossaryIndex {
  const live = entries.filter(isLive);
  if (!compiled || compiled.format !== 'tinjau-glossary-index' || compiled.formatVersion !== 1 || compiled.engine !== engineTag() || compiled.digest !== (digest ?? glossaryDigest(live))) {
    return buildGlossaryIndex(entries);
  }
  const guards: WordGuard[] = compiled.guards.map(([mode, cs, surface, derivation, nominal, redup]) => ({
    mode,
    caseSensitive: cs === 1,
    surface,
    fold: surface.toLowerCase(),
    derivation,
    nominal,
    reduplicated: redup === 1,
  }));
  const patterns: TermPattern[] = compiled.patterns.map(([entryIndex, form, roots, gs]) => ({
    entryIndex,
    form,
    roots,
    guards: gs.map((g) => guards[g] as WordGuard),
  }));
  return assembleIndex(live, createStemmer(compiled.extraRoots), compiled.extraRoots, patterns);
}
