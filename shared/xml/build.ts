import { escapeAttribute } from './escape';

export type AttributeList = readonly (readonly [string, string | undefined])[];

/**
 * One element as a string, for writers that create a file from scratch.
 *
 * Attributes keep the given order and are left out when undefined; `content` is already XML
 * (escape text with `escapeText`); without content the element is self-closing.
 */
export function tag(name: string, attributes: AttributeList, content?: string): string {
  let out = `<${name}`;
  for (const [key, value] of attributes) if (value !== undefined) out += ` ${key}="${escapeAttribute(value)}"`;
  return content === undefined ? `${out}/>` : `${out}>${content}</${name}>`;
}

/** Language codes as XML wants them (`id_ID` → `id-ID`). */
export function languageTag(code: string): string {
  return code.trim().replace(/_/g, '-');
}

/** Text whose whitespace a tool must not reflow. */
export function needsPreserve(...texts: readonly string[]): boolean {
  return texts.some((t) => /^\s|\s$|\s\s|[\n\t]/.test(t));
}
