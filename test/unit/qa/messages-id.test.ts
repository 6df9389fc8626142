import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { qaMessagesId } from '../../../renderer/features/qa/messages-id';
import { REPO_DIR } from '../../support/paths';

describe('QA messages in Indonesian', () => {
  it('has a template for every message key a check gives, with the same arguments', () => {
    const dir = path.join(REPO_DIR, 'shared/qa');
    const used = new Map<string, Set<string>>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const m of readFileSync(path.join(dir, file), 'utf8').matchAll(/say\(\s*'([A-Za-z]+)',\s*\{([^}]*)\}/g)) {
        const args = new Set([...(m[2] ?? '').matchAll(/(\w+)\s*[:,}]/g)].map((a) => a[1] as string));
        used.set(m[1] as string, args);
      }
      // Keys chosen by a condition: say(cond ? 'a' : 'b', ...)
      for (const m of readFileSync(path.join(dir, file), 'utf8').matchAll(/\?\s*'([A-Za-z]+)'\s*:\s*'([A-Za-z]+)',/g)) {
        used.set(m[1] as string, new Set());
        used.set(m[2] as string, new Set());
      }
    }
    expect(used.size).toBeGreaterThan(30);
    for (const [key, args] of used) {
      const template = qaMessagesId[key];
      expect(template, key).toBeDefined();
      for (const placeholder of (template ?? '').matchAll(/\{\{(\w+)\}\}/g)) expect(args.size === 0 || args.has(placeholder[1] as string), `${key}: {{${placeholder[1]}}}`).toBe(true);
    }
  });
});
