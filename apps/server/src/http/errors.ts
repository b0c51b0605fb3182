import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isLensError, type ErrorCategory } from '@lens/core';

const STATUS: Record<ErrorCategory, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  rate_limited: 429,
};

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  params?: { issue?: { path?: PropertyKey[] } };
}

/** JSON errors everywhere: field messages for bad input, a category for the rest, never a stack trace. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isLensError(error)) {
      return reply.code(STATUS[error.category]).send({
        error: error.category,
        message: error.message,
        ...(error.details ? { fields: error.details } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const issue of error.validation as ValidationIssue[]) {
        const key =
          issue.instancePath?.replace(/^\//, '').replaceAll('/', '.') ||
          (error.validationContext ?? 'body');
        fields[key] = issue.message ?? 'is invalid';
      }
      const where = error.validationContext ?? 'request';
      return reply.code(400).send({
        error: 'invalid',
        message: `Invalid ${where}: ${Object.entries(fields)
          .map(([k, v]) => `${k} ${v}`)
          .join('; ')}`,
        fields,
      });
    }
    if (error.statusCode === 429) {
      return reply
        .code(429)
        .send({ error: 'rate_limited', message: 'Too many requests; wait a minute and try again' });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send({ error: 'invalid', message: error.message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({
      error: 'internal',
      message: `Internal error (request ${request.id}); the server log has the details`,
    });
  });
}
