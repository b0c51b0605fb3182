import { isLensError, type ErrorCategory } from '@lens/core';

const CODES: Record<ErrorCategory, number> = {
  invalid: 2,
  unauthenticated: 3,
  forbidden: 3,
  not_found: 4,
  conflict: 5,
  locked: 3,
  rate_limited: 6,
};

/** Prints an error a person can act on and returns the exit code for its category. */
export function reportError(error: unknown): number {
  if (isLensError(error)) {
    process.stderr.write(`lens: ${error.message}\n`);
    // Each field the error names, with what is wrong with it.
    for (const [field, problem] of Object.entries(error.details ?? {}))
      process.stderr.write(`  ${field}: ${problem}\n`);
    return CODES[error.category];
  }
  process.stderr.write(`lens: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}
