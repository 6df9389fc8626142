/**
 * A small XML tree that remembers how the file was written.
 *
 * Every node parsed from a file keeps its offsets into that file (`start`/`end`) and the raw text
 * of its markup, so untouched parts serialize back byte for byte and writers can splice edits into
 * the original text. Nodes built in code leave the raw fields out and are escaped on output.
 */

export interface XmlAttribute {
  /** Qualified name as written, e.g. `xml:lang` or `sdl:conf`. */
  readonly name: string;
  /** Decoded value (entities resolved, attribute whitespace normalized). */
  readonly value: string;
  /** Value exactly as written between the quotes; absent for attributes built in code. */
  readonly raw?: string;
  readonly quote?: '"' | "'";
  /** Whitespace before the name, as written (a single space when absent). */
  readonly before?: string;
  /** The `=` with any whitespace around it, as written. */
  readonly eq?: string;
}

interface Span {
  /** Offset of the node's first character in the parsed text; absent for nodes built in code. */
  readonly start?: number;
  /** Offset just after the node's last character. */
  readonly end?: number;
}

export interface XmlElement extends Span {
  readonly kind: 'element';
  /** Qualified name as written. */
  readonly name: string;
  /** Namespace URI the prefix (or default namespace) resolves to, if any. */
  readonly ns?: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
  readonly selfClosing: boolean;
  /** Whitespace between the last attribute and `>` or `/>`. */
  readonly tagEnd?: string;
  /** Offset just after the start tag's `>`. */
  readonly startTagEnd?: number;
  /** Offset of the end tag's `<` (equals `end` for self-closing elements). */
  readonly contentEnd?: number;
  /** The end tag as written, e.g. `</target >`. */
  readonly closeTag?: string;
}

export interface XmlText extends Span {
  readonly kind: 'text';
  /** Decoded text; line ends normalized to `\n`. */
  readonly value: string;
  readonly raw?: string;
}

export interface XmlCData extends Span {
  readonly kind: 'cdata';
  readonly value: string;
}

export interface XmlComment extends Span {
  readonly kind: 'comment';
  readonly value: string;
}

export interface XmlProcessingInstruction extends Span {
  readonly kind: 'pi';
  readonly target: string;
  readonly data: string;
  readonly raw?: string;
}

/** The `<?xml ...?>` declaration; `encoding` is informative only, the caller has decoded the text. */
export interface XmlDeclaration extends Span {
  readonly kind: 'declaration';
  readonly version: string;
  readonly encoding?: string;
  readonly standalone?: string;
  readonly raw: string;
}

/** A DOCTYPE the parser accepted (no entity declarations; see ParseOptions). */
export interface XmlDoctype extends Span {
  readonly kind: 'doctype';
  readonly rootName: string;
  readonly raw: string;
}

export type XmlNode = XmlElement | XmlText | XmlCData | XmlComment | XmlProcessingInstruction;
export type XmlTopNode = XmlNode | XmlDeclaration | XmlDoctype;

export interface XmlDocument {
  /** The text that was parsed (including any BOM), for splicing and raw slices. */
  readonly source: string;
  readonly bom: boolean;
  readonly declaration?: XmlDeclaration;
  /** Everything in document order: declaration, doctype, comments, whitespace, the root. */
  readonly children: readonly XmlTopNode[];
  readonly root: XmlElement;
}

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
