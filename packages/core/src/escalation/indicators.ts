/**
 * The escalation indicators Lens classifies events into: Bellamy's path of escalation (crisis ->
 * mobilisation -> violence; catalog `bellamy_2011.escalation_path`) and the gender indicators
 * (catalog `gender_sensitive_atrocity_prevention.indicators`). Each names the catalog items it
 * stands for, so that an alert can cite its source.
 */
export const STAGES = ['none', 'crisis', 'mobilisation', 'violence'] as const;
export type Stage = (typeof STAGES)[number];

export const stageRank = (s: Stage): number => STAGES.indexOf(s);
export const higherStage = (a: Stage, b: Stage): Stage => (stageRank(a) >= stageRank(b) ? a : b);

export type IndicatorGroup = 'crisis' | 'mobilisation' | 'violence' | 'gender' | 'accountability';

export interface IndicatorDef {
  readonly id: string;
  readonly group: IndicatorGroup;
  readonly label: string;
  /** Catalog item ids (frameworks catalog) this indicator stands for. */
  readonly catalog: readonly string[];
}

export const INDICATORS = [
  { id: 'armed_contest', group: 'crisis', label: 'Armed contest', catalog: ['BEL.CR.1'] },
  { id: 'coup', group: 'crisis', label: 'Coup or attempted coup', catalog: ['BEL.CR.2.a'] },
  {
    id: 'disputed_election',
    group: 'crisis',
    label: 'Disputed election',
    catalog: ['BEL.CR.2.b'],
  },
  {
    id: 'contested_succession',
    group: 'crisis',
    label: 'Contested succession or secession',
    catalog: ['BEL.CR.2.c', 'BEL.CR.2.d'],
  },
  { id: 'state_incapacity', group: 'crisis', label: 'State incapacity', catalog: ['BEL.CR.3'] },
  {
    id: 'radical_government',
    group: 'crisis',
    label: 'Radical revolutionary government',
    catalog: ['BEL.CR.4'],
  },
  {
    id: 'moderates_marginalised',
    group: 'mobilisation',
    label: 'Moderates marginalised',
    catalog: ['BEL.MOB.1'],
  },
  { id: 'hate_groups', group: 'mobilisation', label: 'Hate groups', catalog: ['BEL.MOB.2'] },
  {
    id: 'security_purge',
    group: 'mobilisation',
    label: 'Purges or identity-based recruitment in security forces',
    catalog: ['BEL.MOB.3'],
  },
  {
    id: 'militias',
    group: 'mobilisation',
    label: 'Militias armed and trained',
    catalog: ['BEL.MOB.4'],
  },
  {
    id: 'unpunished_abuses',
    group: 'mobilisation',
    label: 'Unpunished abuses against a group',
    catalog: ['BEL.MOB.5'],
  },
  {
    id: 'hate_propaganda',
    group: 'mobilisation',
    label: 'Hate propaganda',
    catalog: ['BEL.MOB.6'],
  },
  {
    id: 'segregation_displacement',
    group: 'mobilisation',
    label: 'Segregation, displacement, camps',
    catalog: ['BEL.MOB.7'],
  },
  {
    id: 'civilians_targeted',
    group: 'violence',
    label: 'Civilians deliberately targeted',
    catalog: ['BEL.VIO.1'],
  },
  {
    id: 'regime_threat',
    group: 'violence',
    label: "Threat to the regime's survival",
    catalog: ['BEL.VIO.3'],
  },
  { id: 'sexual_violence', group: 'gender', label: 'Sexual violence', catalog: ['G.I.2'] },
  {
    id: 'violence_targeting_women',
    group: 'gender',
    label: 'Political violence targeting women',
    catalog: ['G.I.3'],
  },
  {
    id: 'accountability',
    group: 'accountability',
    label: 'Accountability (arrest, prosecution, inquiry of perpetrators)',
    catalog: [],
  },
] as const satisfies readonly IndicatorDef[];

export type IndicatorId = (typeof INDICATORS)[number]['id'];

export const INDICATOR_IDS: readonly IndicatorId[] = INDICATORS.map((i) => i.id);

export const isIndicatorId = (v: string): v is IndicatorId =>
  (INDICATOR_IDS as readonly string[]).includes(v);

export const indicatorDef = (id: IndicatorId): IndicatorDef => INDICATORS.find((i) => i.id === id)!;
