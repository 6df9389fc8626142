import type { InlineDialect, InlineRole } from '../../xml/inline';
import { PLACEHOLDER_ROLE } from '../../xml/inline';
import type { XmlElement } from '../../xml/nodes';
import { attr, localName } from '../../xml/query';
import { XLIFF2_NAMESPACES } from './units';

const PAIRED: InlineRole = { kind: 'paired' };
const OPEN: InlineRole = { kind: 'atomic', code: 'open' };
const CLOSE: InlineRole = { kind: 'atomic', code: 'close' };

/**
 * XLIFF 2 inline elements: `pc` and `mrk` keep their content editable; `sc`/`sm` open, `ec`/`em`
 * close, `ph` and `cp` are placeholders. Labels come from `disp`, `equiv` or the unit's
 * `<originalData>`.
 */
export function xliff20Dialect(data: ReadonlyMap<string, string>): InlineDialect {
  return {
    role(element: XmlElement): InlineRole {
      if (!XLIFF2_NAMESPACES.includes(element.ns)) return PLACEHOLDER_ROLE;
      switch (localName(element.name)) {
        case 'pc':
        case 'mrk':
          return PAIRED;
        case 'sc':
        case 'sm':
          return OPEN;
        case 'ec':
        case 'em':
          return CLOSE;
        default:
          return PLACEHOLDER_ROLE;
      }
    },
    idOf(element: XmlElement): string | undefined {
      return attr(element, 'id') ?? attr(element, 'startRef');
    },
    displayOf(element: XmlElement): string | undefined {
      const hex = localName(element.name) === 'cp' ? attr(element, 'hex') : undefined;
      if (hex) return `U+${hex.toUpperCase()}`;
      const label = attr(element, 'disp') ?? attr(element, 'dispStart') ?? attr(element, 'equiv') ?? attr(element, 'equivStart');
      if (label) return label;
      const ref = attr(element, 'dataRef') ?? attr(element, 'dataRefStart');
      const native = ref !== undefined ? data.get(ref) : undefined;
      return native ? (native.length > 24 ? `${native.slice(0, 23)}…` : native) : undefined;
    },
  };
}
