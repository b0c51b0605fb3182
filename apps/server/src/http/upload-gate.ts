import { LensError } from '@lens/core';

/** A counting semaphore whose waiters are served in order. */
class Slots {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly size: number) {}
  get busy(): number {
    return this.running;
  }
  get queued(): number {
    return this.waiting.length;
  }
  async take(): Promise<void> {
    if (this.running < this.size) this.running++;
    else await new Promise<void>((r) => this.waiting.push(r));
  }
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

/**
 * Bounds the memory that attachment uploads take: each is read, checked, stripped and sealed in
 * memory (a few copies of up to 5 x 10 MB). At most `perUser` uploads of one account and `total`
 * across the server are read at once; the others wait unread (their bytes stay in the network's
 * buffers), in order. More than `perUserQueue` waiting for one account are refused with a 429.
 */
export class UploadGate {
  private readonly users = new Map<string, Slots>();
  private readonly all: Slots;

  constructor(
    private readonly perUser = 2,
    total = 4,
    private readonly perUserQueue = 16,
  ) {
    this.all = new Slots(total);
  }

  /** Takes a slot for `user`; the returned function gives it back (once, however often called). */
  async enter(user: string): Promise<() => void> {
    let mine = this.users.get(user);
    if (!mine) this.users.set(user, (mine = new Slots(this.perUser)));
    if (mine.queued >= this.perUserQueue)
      throw new LensError(
        'rate_limited',
        `Too many reports with attachments from one account at once; send the rest when these have gone`,
      );
    await mine.take();
    await this.all.take();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.all.give();
      mine.give();
      if (mine.busy === 0 && mine.queued === 0) this.users.delete(user);
    };
  }

  get inFlight(): number {
    return this.all.busy;
  }
}
