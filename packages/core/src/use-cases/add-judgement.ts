import { isCalendarDay } from '../domain/calendar';
import { refuseIfAny } from '../domain/errors';
import type { Judgement } from '../assessment/assess';
import { LENS_SPEC } from '../assessment/lens-structural-1';
import type { UseCaseDeps } from './context';
import { forgetStructuralContext } from './structural-cache';
import { requireIso3 } from './countries';

const CONFIDENCE = ['low', 'medium', 'high'] as const;

/** An analyst's dated judgement of one risk factor where data are missing or say too little. */
export async function addJudgement(
  deps: UseCaseDeps,
  input: {
    iso3: string;
    factorId: string;
    score: number;
    evidence: string;
    confidence: string;
    asOf: string;
    actor: string;
  },
): Promise<Judgement> {
  const iso3 = requireIso3(input.iso3);
  const errors: Record<string, string> = {};
  if (!LENS_SPEC.factors.some((f) => f.id === input.factorId))
    errors.factorId = `unknown risk factor (one of ${LENS_SPEC.factors.map((f) => f.id).join(', ')})`;
  if (!(Number.isFinite(input.score) && input.score >= 0 && input.score <= 100))
    errors.score = 'must be a number from 0 to 100';
  if (input.evidence.trim().length < 10) errors.evidence = 'at least 10 characters of evidence';
  if (!(CONFIDENCE as readonly string[]).includes(input.confidence))
    errors.confidence = 'must be low, medium or high';
  if (!isCalendarDay(input.asOf)) errors.asOf = 'must be a date, YYYY-MM-DD';
  refuseIfAny('judgement', errors);
  const at = deps.clock.now().toISOString();
  const saved = await deps.store.transaction(async (store) => {
    const j = await store.assessments.addJudgement({
      iso3,
      factorId: input.factorId,
      score: input.score,
      evidence: input.evidence.trim(),
      confidence: input.confidence as Judgement['confidence'],
      asOf: input.asOf,
      actor: input.actor,
      at,
    });
    await store.audit.append({
      at,
      actor: input.actor,
      action: 'assessment.judgement',
      recordType: 'judgement',
      recordId: String(j.id),
      detail: {
        iso3,
        factorId: j.factorId,
        score: j.score,
        confidence: j.confidence,
        asOf: j.asOf,
      },
    });
    return j;
  });
  // Judgements move tiers: live escalation reads them afresh (ADR 17).
  forgetStructuralContext(deps);
  return saved;
}
