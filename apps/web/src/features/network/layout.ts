import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface Positioned {
  readonly x: number;
  readonly y: number;
}

/**
 * Node positions by ForceAtlas2 from a deterministic start (a circle in id order), so that the
 * same network always draws the same way; scaled into [0, 1].
 */
export function layoutNetwork(
  nodes: readonly string[],
  edges: ReadonlyArray<{ source: string; target: string; weight: number }>,
): Map<string, Positioned> {
  const g = new Graph({ type: 'undirected' });
  const sorted = [...nodes].sort();
  sorted.forEach((id, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, sorted.length);
    g.addNode(id, { x: Math.cos(a) * 100, y: Math.sin(a) * 100 });
  });
  for (const e of edges)
    if (
      e.source !== e.target &&
      g.hasNode(e.source) &&
      g.hasNode(e.target) &&
      !g.hasEdge(e.source, e.target)
    )
      g.addEdge(e.source, e.target, { weight: Math.log1p(e.weight) });
  if (g.order > 1)
    forceAtlas2.assign(g, {
      iterations: 300,
      getEdgeWeight: 'weight',
      settings: { ...forceAtlas2.inferSettings(g), gravity: 2, scalingRatio: 8 },
    });
  const xs = g.mapNodes((_n, a) => a.x as number);
  const ys = g.mapNodes((_n, a) => a.y as number);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const out = new Map<string, Positioned>();
  g.forEachNode((n, a) =>
    out.set(n, {
      x: x1 > x0 ? ((a.x as number) - x0) / (x1 - x0) : 0.5,
      y: y1 > y0 ? ((a.y as number) - y0) / (y1 - y0) : 0.5,
    }),
  );
  return out;
}
