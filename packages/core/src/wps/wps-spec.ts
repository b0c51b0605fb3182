import { deaths, vdemIndex, wdi, type IndicatorSpec } from '../assessment/lens-spec';

/**
 * A women, peace and security (WPS) standing beside the atrocity risk, in the spirit of the
 * Georgetown WPS Index (inclusion, justice, security), built only from the V-Dem, World Bank and
 * UCDP data Lens bundles (ADR 28). It is not the Georgetown index: that index uses survey data
 * (intimate partner violence, community safety, financial inclusion) that are not open here. Each
 * indicator reuses the structural lens's scale: `safe` is the value of full standing and `risky`
 * the value of none; a reading's standing is 100 minus its lens score, so 100 is best.
 * Changing any indicator or anchor is a new version.
 */

export const WPS_DIMENSIONS = ['inclusion', 'justice', 'security'] as const;
export type WpsDimensionId = (typeof WPS_DIMENSIONS)[number];

export interface WpsDimensionSpec {
  readonly id: WpsDimensionId;
  readonly name: string;
  readonly indicators: readonly IndicatorSpec[];
}

export interface WpsSpec {
  readonly version: string;
  readonly dimensions: readonly WpsDimensionSpec[];
  /** Below this share of its indicators with a value a dimension is not scored (a range instead). */
  readonly minCoverage: number;
  /** A change of at least this many points (of 100) reads as improved or deteriorated. */
  readonly changePoints: number;
  /** How many years the trend looks back, and the comparison year for "since" (years before). */
  readonly trendYears: number;
  readonly compareYears: number;
  /** Standing bands (lower bounds of the middle and top band) for the onset-rate link. */
  readonly bands: readonly [number, number];
}

export const WPS_SPEC: WpsSpec = {
  version: 'lens-wps@1',
  minCoverage: 0.5,
  changePoints: 5,
  trendYears: 20,
  compareYears: 5,
  bands: [40, 60],
  dimensions: [
    {
      id: 'inclusion',
      name: "Inclusion: women's part in political, civic and public life",
      indicators: [
        vdemIndex(
          'v2lgfemleg',
          'Women in the lower chamber of the legislature (%, V-Dem)',
          50,
          0,
          ['G.I.3', 'G.REL.SCHMEIDL'],
          "Parliamentary representation is one of the WPS Index's inclusion indicators; parity (50%) is full standing.",
        ),
        vdemIndex(
          'v2x_genpp',
          "Women's political participation index (V-Dem)",
          0.9,
          0.1,
          ['G.I.3'],
          'Women holding political office and power: the participation political violence targeting women aims to end.',
        ),
        vdemIndex(
          'v2x_gencs',
          "Women's civil society participation index (V-Dem)",
          0.95,
          0.2,
          ['G.I.1', 'G.DN.3'],
          'Women in civil society, discussion and journalism: the local voices early warning depends on.',
        ),
        vdemIndex(
          'v2mefemjrn',
          'Women among journalists (%, V-Dem)',
          50,
          0,
          ['G.I.3'],
          'Women journalists are among the targets of political violence targeting women the gender brief names.',
        ),
        wdi(
          'SE.ENR.PRSC.FM.ZS',
          'Gender parity in primary and secondary enrolment (World Bank)',
          1,
          0.75,
          ['G.I.1'],
          "Education is the WPS Index's first inclusion indicator; parity (1.0) is full standing.",
        ),
      ],
    },
    {
      id: 'justice',
      name: 'Justice: formal and informal discrimination',
      indicators: [
        vdemIndex(
          'v2clacjstw',
          'Access to justice for women (V-Dem, latent scale)',
          2,
          -2,
          ['G.I.2', 'G.F.5'],
          'Without access to justice, discrimination and sexual violence go unpunished.',
        ),
        vdemIndex(
          'v2clprptyw',
          'Property rights for women (V-Dem, latent scale)',
          2,
          -2,
          ['G.I.1', 'G.REL.DAVIES'],
          "Legal discrimination: women's right to own and inherit property.",
        ),
        vdemIndex(
          'v2xpe_exlgender',
          'Exclusion by gender (V-Dem; higher = more excluded)',
          0.1,
          0.9,
          ['G.I.2', 'G.CONT'],
          'Denial of access to public services, jobs and political power because of gender: the discrimination the gender brief tracks as rising risk.',
        ),
        vdemIndex(
          'v2cldiscw',
          'Freedom of discussion for women (V-Dem, latent scale)',
          2,
          -2,
          ['G.I.2'],
          'Whether women can speak of political matters at home and in public without harassment.',
        ),
        wdi(
          'SP.ADO.TFRT',
          'Adolescent fertility (births per 1,000 women aged 15-19, World Bank)',
          10,
          150,
          ['G.I.1'],
          "The WPS Index's justice dimension counts adolescent births: early childbearing tracks girls' restricted rights.",
        ),
        wdi(
          'SH.STA.BRTC.ZS',
          'Births attended by skilled health staff (% of births, World Bank)',
          98,
          40,
          ['G.I.1'],
          'The open measure closest to maternal mortality, which the WPS Index counts under justice.',
        ),
      ],
    },
    {
      id: 'security',
      name: 'Security: safety at home, in the community and from organised violence',
      indicators: [
        vdemIndex(
          'v2cldmovew',
          'Freedom of domestic movement for women (V-Dem, latent scale)',
          2,
          -2,
          ['G.I.2'],
          'Whether women can move about by day and night without harassment: the nearest open measure of community safety.',
        ),
        vdemIndex(
          'v2clslavef',
          'Freedom from forced labour for women (V-Dem, latent scale)',
          2,
          -2,
          ['G.I.2'],
          'Servitude and trafficking, a form of the continuum of gendered violence.',
        ),
        deaths(
          'os_total_deaths_best_cy',
          'Deaths in one-sided violence against civilians (UCDP, best estimate)',
          3,
          ['G.I.2', 'G.DN.4'],
          'Killings of civilians: the setting where sexual violence is used as a weapon; about 1,000 deaths is no standing.',
        ),
        deaths(
          'sb_total_deaths_best_cy',
          'Deaths in state-based armed conflict (UCDP, best estimate)',
          4,
          ['G.DN.4'],
          "Proximity to organised violence is the WPS Index's security indicator; 10,000 deaths is no standing.",
        ),
      ],
    },
  ],
};

/** Every indicator of the spec, once. */
export const wpsIndicators = (spec: WpsSpec = WPS_SPEC): IndicatorSpec[] =>
  spec.dimensions.flatMap((d) => d.indicators);
