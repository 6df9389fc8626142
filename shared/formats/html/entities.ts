/** HTML character references: the names news sites and word processors actually emit. */

// Latin-1 names in code-point order from U+00A0; old CMSs write these without the semicolon.
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro ' +
  'para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil ' +
  'Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave ' +
  'Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml ' +
  'igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute ' +
  'thorn yuml';

const LEGACY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', AMP: '&', LT: '<', GT: '>', QUOT: '"' };
LATIN1_NAMES.split(' ').forEach((name, i) => {
  LEGACY[name] = String.fromCharCode(0xa0 + i);
});

/** Names that are only recognised with their closing semicolon. */
const STRICT: Record<string, string> = {
  apos: "'",
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201a',
  ldquo: '\u201c',
  rdquo: '\u201d',
  bdquo: '\u201e',
  lsaquo: '\u2039',
  rsaquo: '\u203a',
  bull: '\u2022',
  prime: '\u2032',
  Prime: '\u2033',
  dagger: '\u2020',
  Dagger: '\u2021',
  permil: '\u2030',
  euro: '\u20ac',
  trade: '\u2122',
  larr: '\u2190',
  rarr: '\u2192',
  uarr: '\u2191',
  darr: '\u2193',
  harr: '\u2194',
  minus: '\u2212',
  le: '\u2264',
  ge: '\u2265',
  ne: '\u2260',
  asymp: '\u2248',
  infin: '\u221e',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  OElig: '\u0152',
  oelig: '\u0153',
  Scaron: '\u0160',
  scaron: '\u0161',
  Yuml: '\u0178',
  fnof: '\u0192',
  circ: '\u02c6',
  tilde: '\u02dc',
  alpha: '\u03b1',
  beta: '\u03b2',
  mu: '\u03bc',
  pi: '\u03c0',
  loz: '\u25ca',
  hearts: '\u2665',
  check: '\u2713',
  star: '\u2606',
  nbhy: '\u2011',
  NewLine: '\n',
  Tab: '\t',
};

// HTML maps numeric references in the C1 range to windows-1252, as browsers do (&#150; is an en dash).
const C1_AS_1252 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fromCodePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return C1_AS_1252.charAt(code - 0x80);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Decodes named and numeric character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*)(;?)/g, (whole, body: string, semi: string) => {
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      return fromCodePoint(parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    const legacy = LEGACY[body];
    if (legacy !== undefined) return legacy;
    const strict = semi ? STRICT[body] : undefined;
    return strict ?? whole;
  });
}
