/** The kinds of failure a use case can report; each adapter maps them to an HTTP status or exit code. */
export type ErrorCategory =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'rate_limited';

/** A failure the caller can act on. The message is shown to users, so it must never hold secrets. */
export class LensError extends Error {
  constructor(
    readonly category: ErrorCategory,
    message: string,
    readonly details?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'LensError';
  }
}

export const isLensError = (e: unknown): e is LensError => e instanceof LensError;

/**
 * Throws one `invalid` error naming every field's problem ("report refused: iso3 ...; latitude
 * ..."), when there is any. The messages describe the problem, never echo the value.
 */
export function refuseIfAny(what: string, errors: Readonly<Record<string, string>>): void {
  const entries = Object.entries(errors);
  if (entries.length === 0) return;
  throw new LensError(
    'invalid',
    `${what} refused: ${entries.map(([k, v]) => `${k} ${v}`).join('; ')}`,
    errors,
  );
}
