import { describe, expect, it } from 'vitest';
import { buildNetwork, type NetworkEvent } from '../network/build';
import { parseCatalog } from '../frameworks/catalog';
import { capacityAudit, capacityCsv, preventionMeasures, type CapacityEntry } from './capacity';
import { leveragePoints, type Channel } from './leverage';
import { checkRelation, type ActorRelation, type RegistryActor } from './registry';

const acled = (o: Partial<NetworkEvent>): NetworkEvent => ({
  ref: `acled:${Math.random()}`,
  date: '2022-07-01',
  iso3: 'ARG',
  admin1: 'Chubut',
  actorA: 'Rioters (Argentina)',
  actorB: null,
  violenceType: 'Riots: Violent demonstration',
  deaths: 0,
  civiliansTargeted: false,
  ...o,
});

const actor = (
  key: string,
  name: string,
  type: RegistryActor['type'],
  o: Partial<RegistryActor> = {},
): RegistryActor => ({
  key,
  name,
  type,
  iso3: 'CAF',
  aliases: [],
  activeFrom: null,
  activeTo: null,
  sources: [],
  origin: 'analyst',
  notes: null,
  updatedAt: '2026-11-30T00:00:00Z',
  updatedBy: 'test',
  ...o,
});

const relation = (
  id: number,
  from: string,
  to: string,
  type: ActorRelation['type'],
  confidence: ActorRelation['confidence'] = 'high',
): ActorRelation => ({
  id,
  from,
  to,
  type,
  startedOn: null,
  endedOn: null,
  confidence,
  evidence: ['UN Panel of Experts S/2014/452 para 12'],
  note: null,
  createdAt: '2026-11-30T00:00:00Z',
  createdBy: 'test',
  retiredAt: null,
});

describe('co-perpetrators and targets from ACLED associated actors', () => {
  it('ties a rioter to the groups that acted with it and to the named victims, and skips peaceful protest', () => {
    const net = buildNetwork([
      acled({ associatedA: ['Labour Group (Argentina)', 'UNTRA: National Union of Transport'] }),
      acled({
        associatedA: ['Labour Group (Argentina)'],
        actorB: 'Police Forces of Argentina (2019-)',
      }),
      acled({
        violenceType: 'Riots: Mob violence',
        actorB: 'Civilians (Argentina)',
        associatedB: ['Journalists (Argentina)'],
      }),
      acled({
        violenceType: 'Protests: Peaceful protest',
        actorA: 'Protesters (Argentina)',
        associatedA: ['Teachers (Argentina)'],
      }),
    ]);
    const co = net.edges.filter((e) => e.relation === 'co_perpetrates');
    expect(co.map((e) => [e.source, e.target, e.events])).toEqual(
      expect.arrayContaining([
        ['labour group', 'rioters', 2],
        ['rioters', 'untra national union of transport', 1],
      ]),
    );
    expect(co.every((e) => e.inferred)).toBe(true);
    expect(net.edges).toContainEqual(
      expect.objectContaining({
        source: 'police forces of argentina',
        target: 'rioters',
        relation: 'fights',
      }),
    );
    const targets = net.edges.filter((e) => e.relation === 'targets').map((e) => e.target);
    expect(targets).toEqual(
      expect.arrayContaining(['civilians|ARG|Chubut', 'civilians|ARG|journalists']),
    );
    expect(net.nodes.find((x) => x.id === 'police forces of argentina')?.type).toBe('state_organ');
    expect(net.nodes.find((x) => x.id === 'rioters')?.type).toBe('group');
    // Peaceful protest is not violence: protesters and teachers are not in the network.
    expect(net.nodes.some((x) => x.id === 'protesters' || x.id === 'teachers')).toBe(false);
  });

  it('reads GDELT CAMEO codes: mass violence targets civilians, assault and fighting need a side B', () => {
    const g = (code: string, a: string, b: string | null): NetworkEvent => ({
      ref: `gdelt1:${code}${a}${b}`,
      date: '2011-08-10',
      iso3: 'GEO',
      admin1: 'GG02',
      actorA: a,
      actorB: b,
      violenceType: `cameo:${code}`,
      deaths: null,
      civiliansTargeted: false,
    });
    const net = buildNetwork([
      g('190', 'RUSSIA', 'GEORGIA'),
      g('202', 'MILITIA', null),
      g('183', 'POLICE', 'CIVILIAN'),
      g('180', 'REBEL', null),
      g('043', 'RUSSIA', 'GEORGIA'),
    ]);
    expect(net.edges.map((e) => [e.source, e.target, e.relation])).toEqual([
      ['georgia', 'russia', 'fights'],
      ['militia', 'civilians|GEO|GG02', 'targets'],
      ['police', 'civilians|GEO|GG02', 'targets'],
    ]);
    // Consultation (043) is not violence; an assault with nobody named has no tie.
    expect(net.nodes.some((n) => n.id === 'rebel')).toBe(false);
    expect(net.nodes.find((n) => n.id === 'militia')?.type).toBe('militia');
  });

  it("takes the registry's names, types and merged aliases, and adds analysts' relationships", () => {
    const events: NetworkEvent[] = [
      {
        ref: 'g:1',
        date: '2014-01-05',
        iso3: 'CAF',
        admin1: 'Ouaka',
        actorA: 'Seleka',
        actorB: 'Civilians',
        violenceType: 'one-sided',
        deaths: 4,
        civiliansTargeted: true,
      },
      {
        ref: 'g:2',
        date: '2014-02-05',
        iso3: 'CAF',
        admin1: 'Ouaka',
        actorA: 'Ex-Seleka',
        actorB: 'Civilians',
        violenceType: 'one-sided',
        deaths: 3,
        civiliansTargeted: true,
      },
    ];
    const registry = {
      actors: [
        actor('seleka', 'Séléka coalition', 'armed_group', { aliases: ['Ex-Seleka'] }),
        actor('un office', 'UN Office X', 'un_office', { iso3: null }),
      ],
      relations: [
        relation(1, 'un office', 'seleka', 'influences', 'medium'),
        { ...relation(2, 'un office', 'seleka', 'funds'), retiredAt: '2026-01-01' },
      ],
    };
    const net = buildNetwork(events, registry);
    const s = net.nodes.find((x) => x.id === 'seleka')!;
    expect(s).toMatchObject({ name: 'Séléka coalition', events: 2, deaths: 7, registered: true });
    expect(s.aliases).toEqual(expect.arrayContaining(['Seleka', 'Ex-Seleka']));
    const un = net.nodes.find((x) => x.id === 'un office')!;
    expect(un).toMatchObject({ type: 'un_office', events: 0, registered: true });
    const analyst = net.edges.filter((e) => !e.inferred);
    expect(analyst).toEqual([
      expect.objectContaining({
        source: 'un office',
        target: 'seleka',
        relation: 'influences',
        confidence: 'medium',
        relationId: 1,
      }),
    ]);
  });
});

describe('leverage points', () => {
  const prevention = new Set(['un', 'neighbour', 'ngo']);
  const ch = (
    from: string,
    to: string,
    confidence: number,
    relation: Channel['relation'] = 'influences',
  ): Channel => ({ from, to, relation, confidence, inferred: false });

  it('finds who can reach a perpetrator, cheapest path first, costed by length and confidence', () => {
    const channels = [
      ch('un', 'minister', 0.9),
      ch('minister', 'army', 0.9, 'commands'),
      ch('army', 'militia', 0.6, 'arms'),
      ch('neighbour', 'militia', 0.3, 'funds'),
      ch('ngo', 'elders', 0.6),
    ];
    const pts = leveragePoints('militia', channels, (k) => prevention.has(k));
    expect(pts.map((p) => p.actor)).toEqual(['neighbour', 'un']);
    const [n, u] = pts;
    // One unsure step (1 - ln 0.3 = 2.204) beats three surer ones (3 - 2 ln 0.9 - ln 0.6 = 3.722).
    expect(n!.cost).toBeCloseTo(2.204, 3);
    expect(u!.path).toEqual(['un', 'minister', 'army', 'militia']);
    expect(u!.hops).toBe(3);
    expect(u!.confidence).toBeCloseTo(0.9 * 0.9 * 0.6, 6);
    expect(u!.cost).toBeCloseTo(3.722, 3);
    // The NGO reaches only the elders, not the militia.
    expect(pts.some((p) => p.actor === 'ngo')).toBe(false);
  });

  it('follows no path longer than the hop limit', () => {
    const channels = [ch('un', 'a', 0.9), ch('a', 'b', 0.9), ch('b', 'militia', 0.9)];
    expect(leveragePoints('militia', channels, (k) => prevention.has(k), 2)).toEqual([]);
    expect(leveragePoints('militia', channels, (k) => prevention.has(k), 3)).toHaveLength(1);
  });
});

describe('relationships and the capacity audit', () => {
  it('refuses a relationship without evidence, to itself or ending before it starts', () => {
    const base = { from: 'a', to: 'b', startedOn: null, endedOn: null, evidence: ['x'] };
    expect(() => checkRelation(base)).not.toThrow();
    expect(() => checkRelation({ ...base, evidence: [] })).toThrow(/evidence/);
    expect(() => checkRelation({ ...base, to: 'a' })).toThrow(/two different/);
    expect(() =>
      checkRelation({ ...base, startedOn: '2020-02-01', endedOn: '2020-01-01' }),
    ).toThrow(/before/);
    expect(() => checkRelation({ ...base, startedOn: '2020' })).toThrow(/YYYY-MM-DD/);
  });

  const catalog = parseCatalog(
    JSON.stringify({
      frameworks: {},
      sources: { BELLAMY_2011: { title: 'Bellamy 2011' } },
      measures: {
        common_prevention_agenda: {
          id: 'CPA',
          name: 'CPA',
          structural: [
            {
              id: 'CPA.S.SEC',
              group: 'Security measures',
              measures: [
                {
                  id: 'CPA.S.SEC.02',
                  text: 'Ending/preventing impunity',
                  source: { id: 'BELLAMY_2011', section: 'Table 2' },
                  verification: 'primary_text',
                },
              ],
            },
          ],
          direct: [
            {
              id: 'CPA.D.DIP',
              group: 'Diplomatic measures',
              measures: [
                { id: 'CPA.D.DIP.01', text: 'Mediation', verification: 'primary_text' },
                {
                  id: 'CPA.D.DIP.02',
                  text: 'Fact-finding missions',
                  verification: 'recalled_unverified',
                },
              ],
            },
          ],
        },
      },
    }),
  );

  it('shows who can apply each measure and where nobody can', () => {
    const measures = preventionMeasures(catalog);
    expect(measures.map((m) => [m.id, m.level, m.group])).toEqual([
      ['CPA.S.SEC.02', 'structural', 'Security measures'],
      ['CPA.D.DIP.01', 'direct', 'Diplomatic measures'],
      ['CPA.D.DIP.02', 'direct', 'Diplomatic measures'],
    ]);
    expect(measures[2]!.authoritative).toBe(false);
    const e = (
      actor: string,
      measureId: string,
      capacity: number,
      commitment: number,
    ): CapacityEntry => ({
      iso3: 'CAF',
      actor,
      measureId,
      capacity,
      commitment,
      coordination: 1,
      note: null,
      updatedAt: 'x',
      updatedBy: 't',
    });
    const audit = capacityAudit(
      'CAF',
      measures,
      [
        { key: 'minusca', name: 'MINUSCA', type: 'un_office' },
        { key: 'au', name: 'African Union', type: 'regional_org' },
      ],
      [
        e('minusca', 'CPA.S.SEC.02', 3, 2),
        e('au', 'CPA.D.DIP.01', 2, 1),
        e('stranger', 'CPA.D.DIP.02', 3, 3),
      ],
    );
    expect(audit.rows.map((r) => [r.measure.id, r.status, r.canAct])).toEqual([
      ['CPA.S.SEC.02', 'covered', ['minusca']],
      ['CPA.D.DIP.01', 'limited', []],
      ['CPA.D.DIP.02', 'gap', []],
    ]);
    expect([audit.covered, audit.limited, audit.gaps]).toEqual([1, 1, 1]);
    const csv = capacityCsv(audit).trim().split('\n');
    expect(csv[0]).toMatch(/^iso3,measure_id,level,group,measure,status,actor/);
    expect(csv[1]).toBe(
      'CAF,CPA.S.SEC.02,structural,Security measures,Ending/preventing impunity,covered,minusca,MINUSCA,un_office,3,2,1,yes,',
    );
    expect(csv[3]).toBe(
      'CAF,CPA.D.DIP.02,direct,Diplomatic measures,Fact-finding missions,gap,,,,,,,,',
    );
  });
});
