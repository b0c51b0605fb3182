import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { ImportQuery, ImportResponse } from '@lens/contract';
import { actorName, LensError } from '@lens/core';
import { importFile } from '@lens/node';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

/** Uploads as large as the biggest public event files (GED, ACLED exports run to a few GB). */
const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;
const RAW_TYPES = [
  'text/csv',
  'text/tab-separated-values',
  'text/plain',
  'application/octet-stream',
];

/**
 * Admin import: the file is the request body, streamed to a temporary file (memory stays flat),
 * then imported exactly as `lens import` does, all or nothing.
 */
export const importRoutes: RouteModule = (app, { lens }) => {
  app.addContentTypeParser(RAW_TYPES, (_request, payload, done) => done(null, payload));
  typed(app).post(
    '/api/datasets/import',
    {
      // A few GB over an office link: the server's ceiling (an hour), not the 30 s of other bodies.
      config: { access: ['admin'], bodyTimeoutMs: 0 },
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags: ['data'],
        summary:
          'Import a dataset file (the request body, text/csv) as a new version, all or nothing',
        querystring: ImportQuery,
        response: { 200: ImportResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const body = request.body as Readable | undefined;
      if (!body || typeof body.pipe !== 'function') {
        throw new LensError(
          'invalid',
          `Send the file as the request body with Content-Type ${RAW_TYPES.join(' or ')}`,
        );
      }
      const dir = await mkdtemp(path.join(os.tmpdir(), 'lens-upload-'));
      const file = path.join(dir, request.query.fileName);
      try {
        await pipeline(body, createWriteStream(file));
        return await importFile(lens.adapters, {
          kind: request.query.kind,
          file,
          version: request.query.version,
          encoding: request.query.encoding,
          actor: actorName(principalOf(request)),
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
};
