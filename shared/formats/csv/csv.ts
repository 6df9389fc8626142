/** RFC 4180 CSV with a configurable delimiter (comma, semicolon or tab). */
import { FormatError } from '../../model/imported';
import { say } from '../../messages/text';

export interface CsvOptions {
  readonly delimiter?: string;
  /**
   * Refuse a quote that is never closed (FormatError naming its line): without it, the rest of
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
