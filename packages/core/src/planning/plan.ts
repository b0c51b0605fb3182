/**
 * A prevention plan: the measures chosen for a country, who applies them, to whom they are
 * addressed, when, their status and the review of whether they worked. Plans and needs
 * assessments are versioned documents: every save is a new version, audited.
 */
export const ITEM_STATUSES = ['proposed', 'agreed', 'under_way', 'done', 'dropped'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const REVIEW_OUTCOMES = ['worked', 'partly', 'did_not_work', 'too_early'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];
/** Whom a measure bears on: all parties alike, or one side. */
export const ADDRESSEES = [
  'all_parties',
  'perpetrators',
  'government',
  'armed_groups',
  'victims',
  'communities',
] as const;
export type Addressee = (typeof ADDRESSEES)[number];

export interface PlanItem {
  /** A measure of the common prevention agenda (CPA.D.SAN.02) or a group (CPA.D.DIP). */
  readonly measureId: string;
  /** Registry keys of the prevention actors that apply it. */
  readonly actors: readonly string[];
  readonly addressedTo: Addressee;
  /** Registry keys of the actors it is aimed at, when named. */
  readonly targets: readonly string[];
  readonly start: string | null;
  readonly end: string | null;
  readonly status: ItemStatus;
  readonly review: {
    readonly outcome: ReviewOutcome;
    readonly note: string;
    readonly reviewedOn: string;
  } | null;
  readonly note: string | null;
}

export interface PlanBody {
  readonly objective: string;
  /** The plan works towards a peace agreement or ceasefire (negative peace). */
  readonly seeksPeaceAgreement: boolean;
  readonly items: readonly PlanItem[];
  /** When the plan is next reviewed. */
  readonly reviewOn: string | null;
  /** The year the plan was made for (stored since issue 23; older plans lack it). */
  readonly year?: number;
}

export interface NeedsAssessmentBody {
  /** Bellamy's five components (BEL.NA.1-5), in the analysts' words. */
  readonly riskFactors: string;
  readonly resilience: string;
  readonly capacityGaps: string;
  readonly existingActivities: string;
  readonly supportNeeded: string;
}

export interface Versioned<T> {
  readonly iso3: string;
  readonly version: number;
  readonly body: T;
  readonly createdAt: string;
  readonly createdBy: string;
}

/** Items that count: everything not dropped. */
export const activeItems = (p: PlanBody): PlanItem[] =>
  p.items.filter((i) => i.status !== 'dropped');

/** Whether an item's measure is `id` or sits under it (CPA.D.SAN.02 under CPA.D.SAN and CPA.D). */
export const isUnder = (measureId: string, id: string): boolean =>
  measureId === id || measureId.startsWith(`${id}.`);
