export interface Clock {
  readonly now: () => Date;
}

export interface Crypto {
  readonly sha256Hex: (text: string) => string;
  /** A URL-safe random string carrying `bytes` bytes of entropy. */
  readonly randomToken: (bytes: number) => string;
}

/**
 * A process-wide memo the adapters provide (ADR 17): the core keeps no module-level caches. Values
 * are dropped by key when the data behind them commit.
 */
export interface Cache {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

export interface PasswordHasher {
  readonly hash: (password: string) => Promise<string>;
  readonly verify: (hash: string, password: string) => Promise<boolean>;
}
