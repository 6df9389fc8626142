/**
 * A failed background task (a watcher, a timer, a write nobody awaited) is reported and skipped
 * rather than ending the process: every change is already in the journal, and the window the
 * reviewer works in must keep answering. Returns a function that removes the guard.
 */
export function reportUnhandledRejections(write: (line: string) => void = (line) => process.stderr.write(line)): () => void {
  const onRejection = (reason: unknown) => {
    const what = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
    write(`Tinjau: a background task failed and was skipped: ${what}\n`);
  };
  process.on('unhandledRejection', onRejection);
  return () => process.off('unhandledRejection', onRejection);
}
