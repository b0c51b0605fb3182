export interface Clock {
  readonly now: () => Date;
}

export interface Crypto {
  readonly sha256Hex: (text: string) => string;
  /** A URL-safe random string carrying `bytes` bytes of entropy. */
  readonly randomToken: (bytes: number) => string;
}

export interface PasswordHasher {
  readonly hash: (password: string) => Promise<string>;
  readonly verify: (hash: string, password: string) => Promise<boolean>;
}
