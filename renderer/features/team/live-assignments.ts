import { useEffect, useState } from 'react';
import type { Assignment } from '../../../shared/model/project';

type Listener = (projectPath: string, assignments: readonly Assignment[]) => void;
const listeners = new Set<Listener>();

/** A sync brought the project's assignments (another member may have changed them): views showing them update. */
export function publishAssignments(projectPath: string, assignments: readonly Assignment[]): void {
  for (const listener of listeners) listener(projectPath, assignments);
}

/**
 * The project's assignments as the workbench shows them: those it opened with, then those each
 * sync brings, without reopening the document.
 */
export function useLiveAssignments(projectPath: string, opened: readonly Assignment[] | undefined): readonly Assignment[] | undefined {
  const [synced, setSynced] = useState<{ readonly opened: readonly Assignment[] | undefined; readonly list: readonly Assignment[] } | null>(null);
  useEffect(() => {
    const listener: Listener = (p, list) => {
      if (p === projectPath) setSynced({ opened, list });
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [projectPath, opened]);
  // A newer project summary (an assignment made here) replaces what an earlier sync brought.
  return synced && synced.opened === opened ? synced.list : opened;
}
