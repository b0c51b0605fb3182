import type { Access, Principal } from '@lens/core';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Every /api route must say; the server refuses to start otherwise. */
    access?: Access;
    /** Cookie-authenticated writes need the CSRF header unless the route opts out (only sign-in and setup). */
    csrfExempt?: boolean;
  }
  interface FastifyRequest {
    principal?: Principal;
    sessionToken?: string;
  }
}

export const SESSION_COOKIE = 'lens_session';
export const CSRF_HEADER = 'x-csrf-token';
