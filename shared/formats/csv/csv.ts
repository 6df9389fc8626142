/** RFC 4180 CSV with a configurable delimiter (comma, semicolon or tab). */
import { FormatError } from '../../model/imported';
import { say } from '../../messages/text';

export interface CsvOptions {
  readonly delimiter?: string;
  /**
   * Refuse a quote that is never closed, or one closed on a later line with text after it (FormatError naming its line): without it, the rest of
   * the file would silently become one field. Readers of whole files set it; previews do not.
   */
  readonly strict?: boolean;
}

/** Parses CSV text into rows; quoted fields may hold delimiters, quotes ("") and line breaks. */
export function parseCsv(text: string, options: CsvOptions = {}): string[][] {
  const delimiter = options.delimiter ?? ',';
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  let i = 0;
  while (i < input.length) {
    const ch = input[i] as string;
    if (ch === '\n') line++;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        // A field quoted over several lines whose closing quote has text after it: the quote
        // really opened inside a field, and the lines between would silently become one row.
        const next = input[i + 1];
        if (options.strict && line > quoteLine && next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          throw new FormatError(say('csv.strayQuote', { line: String(quoteLine), closeLine: String(line) }));
        }
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && input[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (quoted && options.strict) throw new FormatError(say('csv.unclosedQuote', { line: String(quoteLine) }));
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface CsvWriteOptions extends CsvOptions {
  /** Start with a UTF-8 BOM so spreadsheet programs read Indonesian text as UTF-8. */
  readonly bom?: boolean;
}

export function stringifyCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const needsQuotes = new RegExp(`["\\r\\n${delimiter === '\t' ? '\\t' : delimiter}]|^\\s|\\s$`);
  const body = rows
    .map((row) => row.map((f) => (needsQuotes.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(delimiter))
    .join('\r\n');
  return (options.bom ? '\ufeff' : '') + body + '\r\n';
}
