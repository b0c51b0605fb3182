import { SYMMETRIC_RELATIONS } from '../actors/registry';
import type { Network, TieRelation } from './build';

/**
 * Whether a tie runs from its source to its target (`targets`, `commands`, `funds`, `arms`,
 * `member_of`, `influences`) or holds both ways (`fights`, `co_perpetrates` and the symmetric
 * registry relations). Exports are directed graphs throughout, since networkx and igraph refuse
 * mixed ones; a tie that holds both ways says so in its `directed` attribute (ADR 23).
 */
export const isDirectedRelation = (r: TieRelation): boolean =>
  r !== 'fights' &&
  r !== 'co_perpetrates' &&
  !(SYMMETRIC_RELATIONS as readonly string[]).includes(r);

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NODE_KEYS = [
  ['label', 'string'],
  ['type', 'string'],
  ['events', 'int'],
  ['deaths', 'int'],
  ['degree', 'int'],
  ['betweenness', 'double'],
  ['pagerank', 'double'],
  ['community', 'int'],
  ['broker', 'boolean'],
] as const;
const EDGE_KEYS = [
  ['relation', 'string'],
  ['directed', 'boolean'],
  ['inferred', 'boolean'],
  ['weight', 'double'],
  ['deaths', 'int'],
  ['first_event', 'string'],
  ['last_event', 'string'],
] as const;

const nodeValues = (n: Network['nodes'][number]) => ({
  label: n.name,
  type: n.type,
  events: n.events,
  deaths: n.deaths,
  degree: n.metrics.degree,
  betweenness: n.metrics.betweenness,
  pagerank: n.metrics.pagerank,
  community: n.metrics.community,
  broker: n.metrics.broker,
});
const edgeValues = (e: Network['edges'][number]) => ({
  relation: e.relation,
  directed: isDirectedRelation(e.relation),
  inferred: e.inferred,
  weight: e.events,
  deaths: e.deaths,
  first_event: e.firstEvent,
  last_event: e.lastEvent,
});

/** GraphML (yEd, Gephi, networkx, igraph): a directed graph, each tie's relation and direction kept. */
export function networkGraphml(net: Network): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(
      ([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`,
    ),
    ...EDGE_KEYS.map(
      ([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`,
    ),
    '  <graph id="lens" edgedefault="directed">',
  ];
  for (const n of net.nodes) {
    lines.push(`    <node id="${xml(n.id)}">`);
    for (const [k, v] of Object.entries(nodeValues(n)))
      lines.push(`      <data key="n_${k}">${xml(String(v))}</data>`);
    lines.push('    </node>');
  }
  net.edges.forEach((e, i) => {
    lines.push(`    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">`);
    for (const [k, v] of Object.entries(edgeValues(e)))
      lines.push(`      <data key="e_${k}">${xml(String(v))}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

/** GEXF 1.2 (Gephi, networkx 1.x-3.x, graphology): directed, as the GraphML. */
export function networkGexf(net: Network, meta: { description: string; date: string }): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    `  <meta lastmodifieddate="${meta.date}"><creator>Lens</creator><description>${xml(meta.description)}</description></meta>`,
    '  <graph mode="static" defaultedgetype="directed">',
    '    <attributes class="node">',
    ...NODE_KEYS.filter(([k]) => k !== 'label').map(
      ([k, t], i) =>
        `      <attribute id="${i}" title="${k}" type="${t === 'int' ? 'integer' : t}"/>`,
    ),
    '    </attributes>',
    '    <attributes class="edge">',
    ...EDGE_KEYS.filter(([k]) => k !== 'weight').map(
      ([k, t], i) =>
        `      <attribute id="${i}" title="${k}" type="${t === 'int' ? 'integer' : t}"/>`,
    ),
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of net.nodes) {
    const { label, ...rest } = nodeValues(n);
    lines.push(`      <node id="${xml(n.id)}" label="${xml(label)}"><attvalues>`);
    Object.values(rest).forEach((v, i) =>
      lines.push(`        <attvalue for="${i}" value="${xml(String(v))}"/>`),
    );
    lines.push('      </attvalues></node>');
  }
  lines.push('    </nodes>', '    <edges>');
  net.edges.forEach((e, i) => {
    const { weight, ...rest } = edgeValues(e);
    lines.push(
      `      <edge id="${i}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${weight}"><attvalues>`,
    );
    Object.values(rest).forEach((v, j) =>
      lines.push(`        <attvalue for="${j}" value="${xml(String(v))}"/>`),
    );
    lines.push('      </attvalues></edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return `${lines.join('\n')}\n`;
}
