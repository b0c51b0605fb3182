// The structural lens's use cases, one file each (ADR 17); this file gathers them.
export * from './frameworks';
export * from './assessment-data';
export * from './assess-year';
export * from './override-tier';
export * from './add-judgement';
export * from './history-check';
