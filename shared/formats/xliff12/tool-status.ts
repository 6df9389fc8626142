import type { SegmentStatus } from '../../model/segment';
import type { XmlDocument, XmlElement } from '../../xml/nodes';
import { attr, withAttribute } from '../../xml/query';

/**
 * Status attributes that CAT tools read instead of (or before) XLIFF's `state`: memoQ's
 * `mq:status` and Phrase/Memsource's `m:confirmed`. A unit that carries one gets it updated, so
 * the tool shows the review as done. (Trados' `sdl:seg/@conf` is handled per segment; MateCat
 * reads the standard `state`.)
 */
const MEMOQ_NAMESPACE = 'MQXliff';
const PHRASE_NAMESPACE = 'http://www.memsource.com/mxlf/2.0';

export function memoqStatusFor(status: SegmentStatus): string {
  switch (status) {
    case 'new':
      return 'NotStarted';
    case 'draft':
    case 'edited':
      return 'PartiallyEdited';
    case 'reviewed':
      return 'Reviewer1Confirmed';
    case 'approved':
      return 'Reviewer2Confirmed';
    case 'rejected':
      return 'Rejected';
  }
}

/** The prefix a namespace is bound to on the root element (where these tools declare them). */
function prefixOf(doc: XmlDocument, namespace: string): string | undefined {
  for (const a of doc.root.attributes) if (a.name.startsWith('xmlns:') && a.value === namespace) return a.name.slice(6);
  return undefined;
}

/** The unit's start tag with the tools' status attributes it already has set for `status`. */
export function withToolStatus(doc: XmlDocument, unit: XmlElement, status: SegmentStatus): XmlElement {
  let out = unit;
  const set = (name: string, value: string): void => {
    const current = attr(out, name);
    if (current !== undefined && current !== value) out = withAttribute(out, name, value);
  };
  const mq = prefixOf(doc, MEMOQ_NAMESPACE);
  if (mq) set(`${mq}:status`, memoqStatusFor(status));
  const m = prefixOf(doc, PHRASE_NAMESPACE);
  if (m) set(`${m}:confirmed`, status === 'reviewed' || status === 'approved' ? '1' : '0');
  return out;
}
