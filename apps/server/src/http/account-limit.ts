import { LensError } from '@lens/core';

/**
 * Sign-in attempts per account per minute, whatever the address: guessing one account from many
 * addresses is slowed to this pace, while the per-address lock-out keeps the owner's own address
 * open. In memory, per server process (several servers each allow this many).
 */
export class AccountLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts an attempt for `account`; throws a 429 when the window is full. */
  take(account: string, now = Date.now()): void {
    const key = account.trim().toLowerCase();
    const recent = (this.attempts.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length >= this.max) {
      this.attempts.set(key, recent);
      throw new LensError(
        'rate_limited',
        'Too many sign-in attempts for this account; wait a minute and try again',
      );
    }
    recent.push(now);
    this.attempts.set(key, recent);
    if (this.attempts.size > 10_000) this.sweep(now);
  }

  private sweep(now: number): void {
    for (const [k, times] of this.attempts)
      if (!times.some((t) => t > now - this.windowMs)) this.attempts.delete(k);
  }
}
