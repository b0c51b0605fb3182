import { describe, expect, it } from 'vitest';
import { checkPassword, checkUsername } from './user';
import { allows } from './roles';

describe('users and roles', () => {
  it('accepts reasonable usernames and refuses odd ones', () => {
    expect(checkUsername('amina.k')).toBeUndefined();
    expect(checkUsername('a')).toBeDefined();
    expect(checkUsername('Amina')).toBeDefined();
    expect(checkUsername('amina k')).toBeDefined();
  });

  it('wants long passwords that do not contain the username', () => {
    expect(checkPassword('short', 'amina')).toMatch(/at least 12/);
    expect(checkPassword('amina-is-great-2026', 'amina')).toMatch(/username/);
    expect(checkPassword('correct horse battery staple', 'amina')).toBeUndefined();
  });

  it('lets the public through only on public routes', () => {
    expect(allows('public', undefined)).toBe(true);
    expect(allows(['admin'], undefined)).toBe(false);
    expect(allows(['admin', 'analyst'], 'analyst')).toBe(true);
    expect(allows(['admin'], 'viewer')).toBe(false);
  });
});
