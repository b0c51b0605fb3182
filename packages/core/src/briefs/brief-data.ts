/**
 * What a brief shows, gathered once: tier and probability, drivers, escalation stage with its
 * timeline, provinces and recent red flags, the agenda, recommended measures with who can act,
 * pitfalls, and every source with its version and as-of date. Never a reporter's identity: red
 * flags are told by rule, place and date, not by the reports behind them.
 */
import type { PlaceStage } from '../use-cases/escalation-stage';
import type { StagePoint } from '../escalation/engine';
import type { Stage } from '../escalation/indicators';
import type { Admin1Shape } from '../escalation/province-map';
import type { Agenda } from '../planning/agenda';
import type { PlanContext } from '../planning/context';
import type { PlanWarning } from '../planning/pitfalls';
import type { Recommendation } from '../planning/recommend';
import type { CountryWps } from '../use-cases/wps';
import type { CountryTriggers } from '../use-cases/triggers';
import type { BriefLanguage, Lexicon } from './brief-text';

export interface RedFlag {
  readonly date: string;
  readonly rule: string;
  readonly place: string | null;
  readonly stage: Stage;
  readonly severity: string;
  readonly events: number;
}

export interface BriefData {
  readonly iso3: string;
  readonly country: string;
  readonly year: number;
  readonly asOf: string;
  readonly lang: BriefLanguage;
  readonly lexicon: Lexicon;
  readonly context: PlanContext;
  readonly score: number | null;
  readonly coverage: number;
  readonly overridden: boolean;
  readonly probabilityTiers: readonly number[];
  readonly factors: ReadonlyArray<{ id: string; name: string; score: number }>;
  /** Factors with too little data to score, with the range they could take. */
  readonly insufficient: ReadonlyArray<{ name: string; range: readonly [number, number] }>;
  readonly timeline: readonly StagePoint[];
  readonly places: readonly PlaceStage[];
  /** The provinces' outlines (empty when the gazetteer has none for the country). */
  readonly shapes: readonly Admin1Shape[];
  readonly redFlags: readonly RedFlag[];
  readonly agenda: Agenda;
  readonly recommendations: readonly Recommendation[];
  readonly pitfalls: readonly PlanWarning[];
  readonly planVersion: number | null;
  /** The women, peace and security standing of the data year, with its gendered red flags. */
  readonly wps: CountryWps;
  /** The triggers of the year ahead from the brief's day, and the monitoring level they set. */
  readonly triggers: CountryTriggers;
  readonly sources: readonly string[];
}
