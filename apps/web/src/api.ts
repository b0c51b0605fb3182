import { createApiClient } from '@lens/contract';

/** The one API client of the web app; it carries the session's CSRF token. */
export const api = createApiClient();
