import { useCallback, useEffect, useState } from 'react';
import type { Client } from '../../api/client';
import { ApiError } from '../../api/client';
import { downloadFile } from '../../state/download';

function textToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Reports and profiles as files: export the QA report, export the profile JSON, import one. */
export function useQaFiles(client: Client, project: string, documentId: string) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Problems of a refused profile, one a line, as the services listed them. */
  const [details, setDetails] = useState<readonly string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    setError(null);
    setDetails([]);
    setNotice(null);
  }, [project, documentId]);

  const attempt = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setDetails([]);
    setNotice(null);
    try {
      await work();
    } catch (err) {
      setError((err as Error).message);
      if (err instanceof ApiError && err.details) setDetails(err.details);
    } finally {
      setBusy(false);
    }
  }, []);

  const exportReport = useCallback(
    (format: 'html' | 'csv') => attempt(async () => downloadFile(await client.api['qa:report']({ project, documentId, format }))),
    [attempt, client, project, documentId],
  );

  const exportProfile = useCallback(
    () =>
      attempt(async () => {
        const profile = await client.api['qa:getProfile']({ project });
        const name = profile.name.replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'qa';
        downloadFile({ fileName: `${name}.qa-profile.json`, mimeType: 'application/json', base64: textToBase64(JSON.stringify(profile, null, 2) + '\n') });
      }),
    [attempt, client, project],
  );

  /** Reads a picked JSON file and stores it as the project's profile; `notJson` words a parse failure. */
  const importProfile = useCallback(
    (file: File, messages: { notJson: (message: string) => string; imported: (name: string) => string }) =>
      attempt(async () => {
        let json: unknown;
        try {
          json = JSON.parse(await file.text());
        } catch (err) {
          throw new Error(messages.notJson((err as Error).message), { cause: err });
        }
        const profile = await client.api['qa:setProfile']({ project, profile: json });
        setNotice(messages.imported(profile.name));
      }),
    [attempt, client, project],
  );

  return { busy, error, details, notice, dismiss: () => (setError(null), setDetails([]), setNotice(null)), exportReport, exportProfile, importProfile };
}
