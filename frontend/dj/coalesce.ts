/**
 * Coalesces rapid-fire notifications to at most one per animation frame per key, carrying the latest value.
 * The audio is changed on every input; only the message to Java is coalesced.
 */
export class FrameCoalescer {
  private readonly pending = new Map<string, () => void>();
  private frame = 0;

  schedule(key: string, send: () => void): void {
    this.pending.set(key, send);
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  flush(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    const sends = [...this.pending.values()];
    this.pending.clear();
    for (const send of sends) send();
  }
}
