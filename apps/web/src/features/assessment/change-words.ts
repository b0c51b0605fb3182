import { labelIn, type AssessmentDto } from '@lens/contract';
import type { Language } from '../../i18n/messages';
import type { useI18n } from '../../i18n/i18n';

const reading = (v: number) =>
  Math.abs(v) >= 100 ? v.toFixed(0) : String(Number(v.toPrecision(3)));

/** Why a factor moved, in the reader's language (the indicator by its translated label). */
export function changeBecause(
  r: AssessmentDto['changes'][number]['because'],
  lang: Language,
  t: ReturnType<typeof useI18n>['t'],
): string {
  switch (r.kind) {
    case 'judgement':
      return t.changeJudgement(r.asOf, r.score);
    case 'lost':
      return t.changeLost(labelIn(lang, r.indicator));
    case 'gained':
      return t.changeGained(labelIn(lang, r.indicator), r.year);
    case 'moved':
      return `${labelIn(lang, r.indicator)} ${reading(r.from)} → ${reading(r.to)}`;
    case 'coverage':
      return t.changeCoverage;
  }
}
