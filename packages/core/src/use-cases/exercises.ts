import { isCatalogMeasure, preventionMeasures } from '../actors/capacity';
import { isCalendarDay } from '../domain/calendar';
import { LensError } from '../domain/errors';
import type { Role } from '../domain/roles';
import { addDays } from '../escalation/engine';
import { ruleNameIn } from '../escalation/rule-names';
import {
  ATROCITY_DAY_DEATHS,
  EXERCISE_STEPS,
  RECORD_DAYS,
  scoreExercise,
  stepsTaken,
  type Exercise,
  type ExerciseRecord,
  type ExerciseScore,
  type ExerciseStep,
} from '../exercises/exercise';
import { ADDRESSEES, type Addressee } from '../planning/plan';
import type { UseCaseDeps } from './context';
import { briefData } from './briefs';
import { getCountry } from './countries';
import { countryEscalation } from './escalation-stage';
import { eventFeed, importedEvents } from './events';
import { frameworkCatalog } from './frameworks';
import { perpetrators } from './planning-context';
import { planningViewWithEscalation } from './planning-view';

/**
 * Desktop exercises (issue 23 item 5, ADR 32): a team works a country as of a past day. Every read
 * here is as of that day (alerts raised by then from events by then, events up to it, escalation,
 * the planning view and the brief as of it); the team's steps are kept with the exercise, never on
 * the live alerts or plans. The reveal reads what followed from the same stored record and scores.
 */

async function load(deps: UseCaseDeps, id: number): Promise<Exercise> {
  const ex = await deps.store.planning.exercise(id);
  if (!ex) throw new LensError('not_found', `No exercise ${id}`);
  return ex;
}

const audit = (
  deps: UseCaseDeps,
  action: string,
  ex: Pick<Exercise, 'id' | 'iso3' | 'asOf'>,
  by: string,
  detail: Record<string, unknown> = {},
) =>
  deps.store.audit.append({
    at: deps.clock.now().toISOString(),
    actor: by,
    action,
    recordType: 'exercise',
    recordId: String(ex.id),
    detail: { iso3: ex.iso3, asOf: ex.asOf, ...detail },
  });

export async function startExercise(
  deps: UseCaseDeps,
  input: { iso3: string; asOf: string; team: string },
  by: string,
): Promise<Exercise> {
  const iso3 = (await getCountry(deps.store, input.iso3))[0]!.iso3;
  const today = deps.clock.now().toISOString().slice(0, 10);
  if (!isCalendarDay(input.asOf) || input.asOf >= today)
    throw new LensError('invalid', `asOf must be a past day (YYYY-MM-DD), found "${input.asOf}"`, {
      asOf: 'a past day',
    });
  const team = input.team.trim();
  if (team.length < 2 || team.length > 128)
    throw new LensError('invalid', 'team must name the team (2-128 characters)', {
      team: 'required',
    });
  return deps.store.transaction(async (store) => {
    const ex = await store.planning.addExercise({
      iso3,
      asOf: input.asOf,
      team,
      createdAt: deps.clock.now().toISOString(),
      createdBy: by,
    });
    await audit({ ...deps, store }, 'exercise.start', ex, by, { team });
    return ex;
  });
}

/** The alerts a team sees: raised by the exercise day, from events up to it. */
async function visibleAlerts(deps: UseCaseDeps, ex: Exercise) {
  const all = await deps.store.escalation.list({ iso3: ex.iso3, kind: 'alert', limit: 5000 });
  return all.filter((a) => a.raisedAt.slice(0, 10) <= ex.asOf && a.firstEventDate <= ex.asOf);
}

/** An exercise with its score only once revealed (the score tells what followed). */
const shown = (ex: Exercise) => ({ ...ex, score: ex.revealedAt ? ex.score : null });

/** The team's workspace: everything as of the exercise day, and the team's own steps. */
export async function exerciseWorkspace(
  deps: UseCaseDeps,
  input: { id: number; lang?: string | undefined; role: Role },
) {
  const ex = await load(deps, input.id);
  const lang = input.lang ?? 'en';
  const steps = stepsTaken(ex.actions);
  const alerts = (await visibleAlerts(deps, ex))
    .sort((a, b) => b.raisedAt.localeCompare(a.raisedAt))
    .map((a) => ({
      id: a.id,
      rule: ruleNameIn(lang, a.ruleId, a.ruleName),
      stage: a.stage,
      severity: a.severity,
      basis: a.basis,
      place: a.admin1Name,
      firstEventDate: a.firstEventDate,
      lastEventDate: a.lastEventDate <= ex.asOf ? a.lastEventDate : ex.asOf,
      raisedOn: a.raisedAt.slice(0, 10),
      events: a.eventCount,
      teamStep: steps.get(a.id) ?? null,
    }));
  const escalation = await countryEscalation(deps, { iso3: ex.iso3, asOf: ex.asOf });
  const { view } = await planningViewWithEscalation(deps, { iso3: ex.iso3, asOf: ex.asOf, lang });
  const events = await eventFeed(deps, {
    role: input.role,
    iso3: ex.iso3,
    from: addDays(ex.asOf, -90),
    to: ex.asOf,
    limit: 50,
  });
  return {
    exercise: shown(ex),
    stage: escalation.stage,
    places: escalation.places
      .filter((p) => p.stage !== 'none')
      .map((p) => ({ name: p.admin1Name, stage: p.stage, since: p.since })),
    alerts,
    events: events.map((e) => ({
      date: e.date,
      place: e.admin1,
      type: e.type,
      deaths: e.deathsBest,
    })),
    agenda: view.agenda,
    recommendations: view.recommendations,
    similarCases: view.similarCases,
    tier: view.context.tier,
    year: view.context.year,
    // Once revealed, what followed (the score is on the exercise).
    record: ex.revealedAt ? await exerciseRecord(deps, ex) : null,
  };
}

export async function actInExercise(
  deps: UseCaseDeps,
  input: { id: number; alertId: number; step: ExerciseStep; note: string },
  by: string,
): Promise<Exercise> {
  const ex = await load(deps, input.id);
  if (ex.revealedAt) throw new LensError('conflict', 'The exercise is revealed: it is over');
  if (!EXERCISE_STEPS.includes(input.step))
    throw new LensError('invalid', `step must be one of ${EXERCISE_STEPS.join(', ')}`);
  if (!(await visibleAlerts(deps, ex)).some((a) => a.id === input.alertId))
    throw new LensError('invalid', `Alert ${input.alertId} is not one of this exercise's alerts`, {
      alertId: 'not in the exercise',
    });
  const actions = [
    ...ex.actions,
    {
      kind: 'alert' as const,
      alertId: input.alertId,
      step: input.step,
      note: input.note,
      at: deps.clock.now().toISOString(),
      by,
    },
  ];
  await deps.store.transaction(async (store) => {
    await store.planning.updateExercise(ex.id, { actions });
    await audit({ ...deps, store }, 'exercise.act', ex, by, {
      alertId: input.alertId,
      step: input.step,
    });
  });
  return { ...ex, actions };
}

export async function planInExercise(
  deps: UseCaseDeps,
  input: { id: number; items: ReadonlyArray<{ measureId: string; addressedTo: Addressee }> },
  by: string,
): Promise<Exercise> {
  const ex = await load(deps, input.id);
  if (ex.revealedAt) throw new LensError('conflict', 'The exercise is revealed: it is over');
  const measures = preventionMeasures(await frameworkCatalog(deps));
  for (const [n, i] of input.items.entries()) {
    if (!isCatalogMeasure(measures, i.measureId))
      throw new LensError('invalid', `item ${n + 1}: "${i.measureId}" is not a catalog measure`);
    if (!ADDRESSEES.includes(i.addressedTo))
      throw new LensError(
        'invalid',
        `item ${n + 1}: addressedTo must be one of ${ADDRESSEES.join(', ')}`,
      );
  }
  const actions = [
    ...ex.actions,
    { kind: 'plan' as const, items: input.items, at: deps.clock.now().toISOString(), by },
  ];
  await deps.store.transaction(async (store) => {
    await store.planning.updateExercise(ex.id, { actions });
    await audit({ ...deps, store }, 'exercise.plan', ex, by, { items: input.items.length });
  });
  return { ...ex, actions };
}

/** What followed the exercise day in the stored record, over RECORD_DAYS. */
export async function exerciseRecord(deps: UseCaseDeps, ex: Exercise): Promise<ExerciseRecord> {
  const from = addDays(ex.asOf, 1);
  const to = addDays(ex.asOf, RECORD_DAYS);
  const events = await importedEvents(deps, { iso3: ex.iso3, from, to, limit: 1_000_000 });
  const byDay = new Map<string, number>();
  let civilianDeaths = 0;
  for (const e of events) {
    const d = e.civilianTargeting
      ? (e.deathsCivilians ?? e.deathsBest ?? 0)
      : (e.deathsCivilians ?? 0);
    if (d <= 0) continue;
    civilianDeaths += d;
    if (e.civilianTargeting && e.dateStart === e.dateEnd)
      byDay.set(e.dateStart, (byDay.get(e.dateStart) ?? 0) + d);
  }
  const first = [...byDay]
    .filter(([, d]) => d >= ATROCITY_DAY_DEATHS)
    .sort(([a], [b]) => a.localeCompare(b))[0];
  const stageAfter = (await countryEscalation(deps, { iso3: ex.iso3, asOf: to })).stage;
  const killers = (await perpetrators(deps, ex.iso3, from, to)).sort(
    (a, b) => b.civilianDeaths - a.civilianDeaths,
  );
  return {
    from,
    to,
    civilianDeaths,
    firstAtrocity: first ? { day: first[0], deaths: first[1] } : null,
    stageAfter,
    perpetrators: killers
      .filter((k) => k.civilianDeaths > 0)
      .slice(0, 5)
      .map((k) => ({ name: k.name, type: k.type, civilianDeaths: k.civilianDeaths })),
  };
}

/** Ends the exercise: reads what followed, scores the team, stores the score. */
export async function revealExercise(
  deps: UseCaseDeps,
  input: { id: number },
  by: string,
): Promise<{ exercise: Exercise; record: ExerciseRecord; score: ExerciseScore }> {
  const ex = await load(deps, input.id);
  const record = await exerciseRecord(deps, ex);
  const measures = preventionMeasures(await frameworkCatalog(deps));
  const levelOf = (id: string) =>
    measures.find((m) => m.id === id || m.id.startsWith(`${id}.`))?.level ?? 'structural';
  const score =
    ex.revealedAt && ex.score
      ? ex.score
      : scoreExercise({
          exercise: ex,
          visibleAlerts: (await visibleAlerts(deps, ex)).map((a) => a.id),
          record,
          levelOf,
        });
  if (!ex.revealedAt) {
    const at = deps.clock.now().toISOString();
    await deps.store.transaction(async (store) => {
      await store.planning.updateExercise(ex.id, { revealedAt: at, score });
      await audit({ ...deps, store }, 'exercise.reveal', ex, by, { overall: score.overall });
    });
    return { exercise: { ...ex, revealedAt: at, score }, record, score };
  }
  return { exercise: ex, record, score };
}

/** Exercises, newest first, with their scores once revealed: comparable across teams. */
export async function listExercises(deps: UseCaseDeps, input: { iso3?: string | undefined }) {
  return {
    exercises: (await deps.store.planning.exercises(input.iso3 ? { iso3: input.iso3 } : {})).map(
      shown,
    ),
  };
}

/** The brief of the exercise's country as of its day. */
export async function exerciseBrief(deps: UseCaseDeps, input: { id: number; lang?: string }) {
  const ex = await load(deps, input.id);
  return briefData(deps, { iso3: ex.iso3, asOf: ex.asOf, lang: input.lang ?? 'en' });
}
