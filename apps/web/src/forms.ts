import { useState, type FormEvent } from 'react';
import { ApiError } from '@lens/contract';

/** What to tell the user of a failed call: the server's message, or the error itself. */
export const errorMessage = (err: unknown): string =>
  err instanceof ApiError ? err.message : String(err);

/** A text field of a submitted form ('' when absent or a file). */
export function field(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
}

/**
 * A form that sends its fields with `action`: the submit handler, and the server's message when
 * the action is refused (cleared on the next try). `onDone` runs once it succeeds; with `reset`,
 * the form is emptied then too (a form that creates one thing after another).
 */
export function useFormAction(
  action: (form: FormData) => Promise<unknown>,
  onDone: () => void,
  options: { reset?: boolean } = {},
): { error: string | undefined; onSubmit: (e: FormEvent<HTMLFormElement>) => void } {
  const [error, setError] = useState<string>();
  return {
    error,
    onSubmit: (e) => {
      e.preventDefault();
      const el = e.currentTarget;
      const form = new FormData(el);
      setError(undefined);
      action(form).then(
        () => {
          if (options.reset) el.reset();
          onDone();
        },
        (err: Error) => setError(err.message),
      );
    },
  };
}
