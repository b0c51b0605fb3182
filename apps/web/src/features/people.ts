/**
 * A user as people read them: the username, without the account number the audit log keeps
 * (`ada#1` -> `ada`; `sync#4 (token)` -> `sync (token)`).
 */
export const personName = (actor: string): string => actor.replace(/#\d+(?=$| )/, '');

/** An ISO time as a reader reads it: the day and the minute, in UTC. */
export const when = (iso: string): string =>
  iso.length > 10 ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : iso;

/** A time as the reader's own clock and language show it. */
export const localTime = (iso: string, lang?: string): string =>
  new Date(iso).toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
