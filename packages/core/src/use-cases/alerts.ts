// Alert use cases, one file each (ADR 17); this file gathers them.
export * from './alert-reading';
export * from './alert-workflow';
export * from './alert-detail';
