/**
 * Messages for the user that both interface languages can show.
 *
 * A service says a message by key and arguments (`say`); the English text goes where plain text is
 * expected (the CLI, logs, the `message` of an error) and the key travels beside it, so the
 * interface renders the message in its own language (`renderMessage`). Templates live in
 * `catalog/`, one file per area, each with English and Indonesian; `{name}` marks an argument.
 */
import { catalog, type Catalog } from './catalog';

/** A message by key; an argument may itself be a message (a reader's refusal inside "file: …"). */
export interface MessageText {
  readonly key: string;
  readonly args: Readonly<Record<string, MessageArg>>;
}

export type MessageArg = string | number | MessageText;

/** A message said: its English text, and the key and arguments to say it in another language. */
export interface Said {
  readonly message: string;
  readonly text: MessageText;
}

export type MessageKey = keyof Catalog;
export type MessageLanguage = 'en' | 'id';

type Placeholders<S extends string> = S extends `${string}{${infer A}}${infer R}` ? A | Placeholders<R> : never;
type ArgsOf<K extends MessageKey> = [Placeholders<Catalog[K]['en']>] extends [never]
  ? []
  : [args: { readonly [P in Placeholders<Catalog[K]['en']>]: MessageArg | Said }];

/** Says message `key` with its arguments (type-checked against the English template). */
export function say<K extends MessageKey>(key: K, ...rest: ArgsOf<K>): Said {
  const raw = (rest[0] ?? {}) as Record<string, MessageArg | Said>;
  const args: Record<string, MessageArg> = {};
  for (const [name, value] of Object.entries(raw)) args[name] = isSaid(value) ? value.text : value;
  const text: MessageText = { key, args };
  return { message: renderMessage(text, 'en') ?? key, text };
}

function isSaid(value: MessageArg | Said): value is Said {
  return typeof value === 'object' && 'message' in value && 'text' in value;
}

const NUMBER_LOCALE: Record<MessageLanguage, string> = { en: 'en-US', id: 'id-ID' };

/** The message in `language`, or null when its key is unknown (the caller keeps the English text). */
export function renderMessage(text: MessageText, language: MessageLanguage): string | null {
  const entry = (catalog as Record<string, { en: string; id: string } | undefined>)[text.key];
  if (!entry) return null;
  return entry[language].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const arg = text.args[name];
    if (arg === undefined) return whole;
    if (typeof arg === 'string') return arg;
    if (typeof arg === 'number') return arg.toLocaleString(NUMBER_LOCALE[language]);
    return renderMessage(arg, language) ?? whole;
  });
}

/** An argument that is an earlier error: its keyed text when it has one, else its English message. */
export function reason(err: unknown): MessageArg {
  if (err && typeof err === 'object' && 'text' in err && err.text && typeof err.text === 'object') return err.text as MessageText;
  return err instanceof Error ? err.message : String(err);
}
