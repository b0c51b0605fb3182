import {
  ExerciseActRequest,
  ExerciseParams,
  ExercisePlanRequest,
  ExerciseQuery,
  ExerciseRequest,
  ExerciseRevealSchema,
  ExerciseSchema,
  ExercisesQuery,
  ExercisesResponse,
  ExerciseWorkspaceSchema,
} from '@lens/contract';
import { actorName, ANALYST_ROLES, READER_ROLES, renderBriefHtml } from '@lens/core';
import type { z } from 'zod';
import { errorResponses, principalOf, typed, type RouteModule } from '../http/context';

/**
 * Desktop exercises (issue 23 item 5): a team works a country as of a past day (every read as of
 * it), then reveals what followed and is scored. Exercises stay listed with their scores.
 */
export const exerciseRoutes: RouteModule = (app, { lens }) => {
  const api = typed(app);
  const by = (req: Parameters<typeof principalOf>[0]) => actorName(principalOf(req));

  api.get(
    '/api/exercises',
    {
      config: { access: READER_ROLES },
      schema: {
        tags: ['exercises'],
        summary:
          'Exercises, newest first, with their scores once revealed (comparable across teams)',
        querystring: ExercisesQuery,
        response: { 200: ExercisesResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (req) => lens.listExercises({ iso3: req.query.iso3?.toUpperCase() }),
  );
  api.post(
    '/api/exercises',
    {
      config: { access: ANALYST_ROLES },
      schema: {
        tags: ['exercises'],
        summary:
          'Start an exercise: a team works a country as of a past day; nothing after it is shown until the reveal (audited)',
        body: ExerciseRequest,
        response: { 201: ExerciseSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => reply.code(201).send(await lens.startExercise(req.body, by(req))),
  );
  api.get(
    '/api/exercises/:id',
    {
      config: { access: READER_ROLES },
      schema: {
        tags: ['exercises'],
        summary:
          "The team's workspace as of the exercise day: stage, provinces, alerts raised by then with the team's steps, recent events, agenda, measures and similar cases that had ended by then",
        params: ExerciseParams,
        querystring: ExerciseQuery,
        response: { 200: ExerciseWorkspaceSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) =>
      lens.exerciseWorkspace({
        id: req.params.id,
        lang: req.query.lang,
        role: principalOf(req).role,
      }),
  );
  api.post(
    '/api/exercises/:id/act',
    {
      config: { access: ANALYST_ROLES },
      schema: {
        tags: ['exercises'],
        summary:
          "Take one of the exercise's alerts to a step (assessment, advice, decision), with a note (audited)",
        params: ExerciseParams,
        body: ExerciseActRequest,
        response: { 200: ExerciseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => lens.actInExercise({ id: req.params.id, ...req.body }, by(req)),
  );
  api.put(
    '/api/exercises/:id/plan',
    {
      config: { access: ANALYST_ROLES },
      schema: {
        tags: ['exercises'],
        summary:
          "The team's plan: the catalog measures it chooses and to whom each is addressed (audited)",
        params: ExerciseParams,
        body: ExercisePlanRequest,
        response: { 200: ExerciseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => lens.planInExercise({ id: req.params.id, items: req.body.items }, by(req)),
  );
  // Untyped on purpose: the body is an HTML document.
  app.get(
    '/api/exercises/:id/brief',
    {
      config: { access: READER_ROLES },
      schema: {
        tags: ['exercises'],
        summary: 'The brief as of the exercise day (HTML)',
        params: ExerciseParams,
        querystring: ExerciseQuery,
        response: errorResponses(400, 401, 403, 404),
      },
    },
    async (req, reply) => {
      const { id } = req.params as z.infer<typeof ExerciseParams>;
      const { lang } = req.query as z.infer<typeof ExerciseQuery>;
      const html = renderBriefHtml(await lens.exerciseBrief({ id, lang }));
      return reply.header('content-type', 'text/html; charset=utf-8').send(html);
    },
  );
  api.post(
    '/api/exercises/:id/reveal',
    {
      config: { access: ANALYST_ROLES },
      schema: {
        tags: ['exercises'],
        summary:
          'End the exercise: what followed in the record (a year after the day) and the score: alerts acted on, how early, measures that fitted (audited)',
        params: ExerciseParams,
        response: { 200: ExerciseRevealSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (req) => lens.revealExercise({ id: req.params.id }, by(req)),
  );
};
