import { useEffect, useState } from 'react';
import type { Client } from '../../api/client';

/** How often views ask whether a colleague changed a shared glossary. */
const POLL_MS = 2500;

/**
 * The glossary's change stamp, polled while a view is open, so term hits and the manager
 * refresh within seconds of anyone's edit (a colleague's included).
 */
export function useGlossaryStamp(client: Client, project: string): string | null {
  const [stamp, setStamp] = useState<string | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = () =>
      client.api['glossary:stamp']({ project }).then(
        (s) => !stopped && setStamp(s),
        // A failed first ask still lets the views load (and say what is wrong); later ones keep the last stamp.
        () => !stopped && setStamp((s) => s ?? ''),
      );
    void poll();
    const timer = window.setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [client, project]);
  return stamp;
}
