import { useMemo } from 'react';
import type { Assignment } from '../../../shared/model/project';
import type { Segment } from '../../../shared/model/segment';
import type { SegmentFilter } from '../review/segment-filter';
import { isFiltering, matchesFilter } from '../review/segment-filter';
import { assignmentsAt } from '../team/assignments-card';
import type { Positions } from './positions';
import { usePositions } from './positions';

/** The filtered grid's list while no filter is on (its places are then the numbers less one). */
const NO_ROWS: readonly Segment[] = [];

export interface VisibleSegmentsInput {
  readonly list: readonly Segment[];
  /** Each segment's number in the document (from 1). */
  readonly numberOf: Positions;
  readonly filter: SegmentFilter;
  /** Shown whatever the filter says. */
  readonly activeId: string | null;
  /** Asked only while the filter wants term issues. */
  readonly hasTermProblem: (id: string) => boolean;
  readonly qaSegments: ReadonlySet<string>;
  /** Only the segments assigned to `me` in this document. */
  readonly onlyMine: boolean;
  readonly assignments: readonly Assignment[] | undefined;
  readonly documentId: string;
  readonly me: string;
}

/** Which segments the grid shows, in document order, and each one's place in the grid (from 0). */
export function useVisibleSegments(p: VisibleSegmentsInput): { visible: readonly Segment[]; indexOf: Positions } {
  const { list, numberOf, filter, activeId, qaSegments, onlyMine, assignments, documentId, me } = p;
  // Term checks arrive as rows come on screen: only a filter that reads them is run again for them.
  const termProblem = filter.termIssues ? p.hasTermProblem : null;
  const visible = useMemo(
    () =>
      // No filter: the list itself (a book-length document is not copied per save).
      !isFiltering(filter) && !onlyMine
        ? list
        : list.filter(
            (s) =>
              s.id === activeId ||
              (matchesFilter(s, filter, termProblem !== null && termProblem(s.id), qaSegments) &&
                (!onlyMine || assignmentsAt(assignments, documentId, numberOf.get(s.id) ?? 0).some((a) => a.assignee === me))),
          ),
    [list, filter, termProblem, qaSegments, activeId, onlyMine, assignments, documentId, numberOf, me],
  );
  // Unfiltered, the grid's places are the numbers less one: the same index, not a second one.
  const filteredIndex = usePositions(visible === list ? NO_ROWS : visible, 0);
  const indexOf = useMemo(() => (visible === list ? numberOf.withBase(0) : filteredIndex), [visible, list, numberOf, filteredIndex]);
  return { visible, indexOf };
}
