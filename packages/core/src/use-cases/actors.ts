/**
 * The actor registry, analysts' relationships, leverage points and the capacity audit (issue 8).
 * Every change is audited with who made it; relationships need evidence.
 */
// Actor registry, relationships, leverage and capacity use cases, one file each (ADR 17); this file gathers them.
export * from './actor-registry';
export * from './actor-relations';
export * from './actor-leverage';
export * from './capacity-audit';
