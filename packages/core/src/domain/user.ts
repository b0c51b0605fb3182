import type { Role } from './roles';

export interface User {
  readonly id: number;
  readonly username: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly createdAt: string;
}

/** The identity a request acts as, whether it came with a session cookie or an API token. */
export interface Principal {
  readonly userId: number;
  readonly username: string;
  readonly role: Role;
  readonly via: 'session' | 'token';
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export function checkUsername(username: string): string | undefined {
  return USERNAME.test(username)
    ? undefined
    : 'must be 2-64 characters: lower-case letters, digits, dot, underscore or hyphen, starting with a letter or digit';
}

/** NIST SP 800-63B: length matters more than composition rules; 12 is our floor for a tool of this sensitivity. */
export const MIN_PASSWORD_LENGTH = 12;

export function checkPassword(password: string, username: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 1024) return 'must be at most 1024 characters';
  if (password.toLowerCase().includes(username.toLowerCase()))
    return 'must not contain the username';
  return undefined;
}

/** Failed sign-ins allowed before an account is locked, and how long the lock lasts. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;
export const SESSION_HOURS = 12;
