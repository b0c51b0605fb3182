export interface Clock {
  now(): Date;
}

export interface Crypto {
  sha256Hex(text: string): string;
  /** A URL-safe random string carrying `bytes` bytes of entropy. */
  randomToken(bytes: number): string;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}
