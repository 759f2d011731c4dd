/**
 * A sliding-window counter of events per key (e.g. failed guest verifications per shop and client address), so a
 * limit holds across conversations: starting over does not reset it. In-process; several app servers would need a
 * shared store (Redis) behind the same interface.
 */
export interface AttemptCounter {
  recent(key: string, now: Date): number;
  record(key: string, now: Date): void;
}

export class InMemoryAttemptCounter implements AttemptCounter {
  private readonly attempts = new Map<string, number[]>();
  constructor(private readonly windowMs: number) {}

  recent(key: string, now: Date): number {
    const since = now.getTime() - this.windowMs;
    const kept = (this.attempts.get(key) ?? []).filter((at) => at > since);
    if (kept.length) this.attempts.set(key, kept);
    else this.attempts.delete(key);
    return kept.length;
  }

  record(key: string, now: Date): void {
    this.attempts.set(key, [...(this.attempts.get(key) ?? []), now.getTime()]);
  }
}
