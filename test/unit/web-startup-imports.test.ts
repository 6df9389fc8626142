import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_DIR } from '../support/paths';

/**
 * What the web bridge loads before it serves: the packages reached from electron/bridge/web-main.ts
 * by static value imports (`import type` and `await import()` do not count). The Office libraries
 * take a noticeable share of the start-up and only an import or export of an Office file needs them.
 */
function staticPackages(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import\s+(?!type\s)(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const target = m[1] as string;
      if (target.startsWith('.')) {
        const base = path.resolve(path.dirname(file), target);
        const found = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), base].find((f) => existsSync(f) && f.match(/\.tsx?$/));
        if (found) visit(found);
      } else if (!target.startsWith('node:')) {
        packages.add(target.startsWith('@') ? target.split('/').slice(0, 2).join('/') : (target.split('/')[0] as string));
      }
    }
  };
  visit(entry);
  return packages;
}

describe('web bridge start-up', () => {
  it('does not load the Office or git libraries before it serves', () => {
    const packages = staticPackages(path.join(REPO_DIR, 'electron/bridge/web-main.ts'));
    expect(packages.size).toBeGreaterThan(0);
    for (const heavy of ['jszip', 'exceljs', 'mammoth', 'docx', 'isomorphic-git']) expect(packages, heavy).not.toContain(heavy);
  });
});
