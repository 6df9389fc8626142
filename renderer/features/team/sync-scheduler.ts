/**
 * When a team project syncs from the workbench: `schedule()` (a confirm) runs one sync `delayMs`
 * after the last call, so a burst of confirms makes one sync; `now()` runs at once. A request
 * while a sync runs is queued as one more sync after it, never a second one at the same time.
 */
export class SyncScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private again = false;

  constructor(
    private readonly run: () => Promise<void>,
    private readonly delayMs: number,
    private readonly onPending: (pending: boolean) => void = () => undefined,
  ) {}

  schedule(): void {
    this.onPending(true);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.now();
    }, this.delayMs);
  }

  async now(): Promise<void> {
    if (this.running) {
      this.again = true;
      this.onPending(true);
      return;
    }
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.running = true;
    this.onPending(false);
    try {
      await this.run();
    } catch {
      /* the run reports its own failure */
    } finally {
      this.running = false;
    }
    if (this.again) {
      this.again = false;
      await this.now();
    }
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
