import type { Said } from '../../shared/messages/text';
import { localMessage } from '../i18n/local-message';

/** What reading a shared glossary or TM folder ran into (a damaged line skipped), under its name. */
export function SourceNotices({ notices }: { notices: readonly Said[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className="source-notices">
      {notices.map((notice, i) => (
        <li key={i} className="check-missing">
          <span aria-hidden="true">⚠ </span>
          {localMessage(notice)}
        </li>
      ))}
    </ul>
  );
}
