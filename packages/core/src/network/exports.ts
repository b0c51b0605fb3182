import type { Network } from './build';

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
  inferred: e.inferred,
  weight: e.events,
  deaths: e.deaths,
  first_event: e.firstEvent,
  last_event: e.lastEvent,
});

/** GraphML (yEd, Gephi, networkx, igraph). */
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
    '  <graph id="lens" edgedefault="undirected">',
  ];
  for (const n of net.nodes) {
    lines.push(`    <node id="${xml(n.id)}">`);
    for (const [k, v] of Object.entries(nodeValues(n)))
      lines.push(`      <data key="n_${k}">${xml(String(v))}</data>`);
    lines.push('    </node>');
  }
  net.edges.forEach((e, i) => {
    const directed = e.relation === 'targets' ? ' directed="true"' : '';
    lines.push(
      `    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"${directed}>`,
    );
    for (const [k, v] of Object.entries(edgeValues(e)))
      lines.push(`      <data key="e_${k}">${xml(String(v))}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

/** GEXF 1.3 (Gephi). */
export function networkGexf(net: Network, meta: { description: string; date: string }): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta lastmodifieddate="${meta.date}"><creator>Lens</creator><description>${xml(meta.description)}</description></meta>`,
    '  <graph mode="static" defaultedgetype="undirected">',
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
    const type = e.relation === 'targets' ? ' type="directed"' : '';
    lines.push(
      `      <edge id="${i}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${weight}"${type}><attvalues>`,
    );
    Object.values(rest).forEach((v, j) =>
      lines.push(`        <attvalue for="${j}" value="${xml(String(v))}"/>`),
    );
    lines.push('      </attvalues></edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return `${lines.join('\n')}\n`;
}
