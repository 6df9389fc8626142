import { describe, expect, it } from 'vitest';
import { catalog, catalogAreas } from '../../../shared/messages/catalog';
import { reason, renderMessage, say } from '../../../shared/messages/text';
import { FormatError } from '../../../shared/model/imported';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalog', () => {
  it('says every message in Indonesian with the same arguments as in English', () => {
    const entries = Object.entries(catalog) as [string, { en: string; id: string }][];
    expect(entries.length).toBeGreaterThan(5);
    for (const [key, { en, id }] of entries) {
      expect(id.trim(), key).not.toBe('');
      expect(placeholders(id), key).toEqual(placeholders(en));
    }
  });

  it('gives each key to one area only, so no area overwrites another', () => {
    const seen = new Set<string>();
    for (const table of catalogAreas) {
      for (const key of Object.keys(table)) {
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
    expect(seen.size).toBe(Object.keys(catalog).length);
  });
});

describe('say and renderMessage', () => {
  it('renders English at once and Indonesian from the same key, numbers in each locale', () => {
    const said = say('job.alreadyRunning', { jobId: 'job-1' });
    expect(said.message).toBe('A job with the id job-1 is already running');
    expect(renderMessage(said.text, 'id')).toBe('Tugas dengan id job-1 sudah berjalan');
    const api = say('api.invalidInput', { channel: 'x:y', detail: 1234.5 });
    expect(api.message).toBe('Invalid input for x:y: 1,234.5');
    expect(renderMessage(api.text, 'id')).toBe('Masukan tidak sah untuk x:y: 1.234,5');
  });

  it('renders a message nested as an argument in the same language', () => {
    const inner = say('job.alreadyRunning', { jobId: 'j' });
    const outer = say('api.internal', { channel: 'qa:run', detail: inner });
    expect(outer.message).toBe('Something went wrong in qa:run: A job with the id j is already running');
    expect(renderMessage(outer.text, 'id')).toBe('Terjadi kesalahan di qa:run: Tugas dengan id j sudah berjalan');
  });

  it('keeps a reader refusal and where it happened together', () => {
    const err = new FormatError(say('job.alreadyRunning', { jobId: 'j' }), say('api.unknownCall', { channel: 'c' }));
    expect(err.message).toBe('A job with the id j is already running (Unknown call c)');
    expect(renderMessage(err.text, 'id')).toBe('Tugas dengan id j sudah berjalan (Panggilan tidak dikenal: c)');
    expect(reason(err)).toEqual(err.text);
    expect(reason(new Error('plain'))).toBe('plain');
  });

  it('has no text for a key it does not know, so the caller keeps the English message', () => {
    expect(renderMessage({ key: 'no.such.key', args: {} }, 'id')).toBeNull();
  });
});
