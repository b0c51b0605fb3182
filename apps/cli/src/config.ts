import { DEFAULT_DATABASE_URL } from '@lens/db';

/** The one setting every command and the server share. */
export const databaseUrl = (): string => process.env.LENS_DATABASE_URL || DEFAULT_DATABASE_URL;
