import { execFileSync, spawnSync } from 'node:child_process';

/** A tie as networkx read it back. */
export interface ReadTie {
  readonly source: string;
  readonly target: string;
  readonly relation: string;
  readonly directed: boolean;
}
export interface ReadGraph {
  readonly version: string;
  readonly directed: boolean;
  readonly nodes: number;
  readonly edges: number;
  readonly labels: readonly string[];
  readonly ties: readonly ReadTie[];
}

const SCRIPT = `
import json, sys, networkx as nx
out = {}
for fmt, path in (("graphml", sys.argv[1]), ("gexf", sys.argv[2])):
    G = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    out[fmt] = {
        "version": nx.__version__,
        "directed": G.is_directed(),
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "labels": sorted(str(d.get("label", "")) for _, d in G.nodes(data=True)),
        "ties": [
            {"source": u, "target": v, "relation": d["relation"], "directed": bool(d["directed"])}
            for u, v, d in G.edges(data=True)
        ],
    }
print(json.dumps(out))
`;

/** The first Python on this machine that has networkx (pyenv's or Debian's python3-networkx). */
export function pythonWithNetworkx(): string | null {
  for (const py of ['python3', '/usr/bin/python3'])
    if (spawnSync(py, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0) return py;
  return null;
}

/** Reads a GraphML and a GEXF file with networkx, as a Python analyst would. */
export function readWithNetworkx(
  python: string,
  graphml: string,
  gexf: string,
): { graphml: ReadGraph; gexf: ReadGraph } {
  return JSON.parse(execFileSync(python, ['-c', SCRIPT, graphml, gexf], { encoding: 'utf8' })) as {
    graphml: ReadGraph;
    gexf: ReadGraph;
  };
}
