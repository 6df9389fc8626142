import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (the folder holding package.json). */
export const REPO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The team's shared corpus and schemas live beside the repository. */
export const SHARED_DIR = path.resolve(REPO_DIR, '../shared');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');
export const SCHEMAS_DIR = path.join(SHARED_DIR, 'schemas');
export const FIXTURES_DIR = path.join(REPO_DIR, 'test/fixtures');

/** Finds a corpus file by its numeric prefix, e.g. corpusFile('id', '000') or corpusFile('en-drafts', '004', '.human.en.txt'). */
export function corpusFile(folder: 'id' | 'en-drafts', prefix: string, suffix = '.txt'): string {
  const dir = path.join(CORPUS_DIR, folder);
  const name = readdirSync(dir).find((f) => f.startsWith(`${prefix}_`) && f.endsWith(suffix));
  if (!name) throw new Error(`no corpus file ${folder}/${prefix}_*${suffix}`);
  return path.join(dir, name);
}
