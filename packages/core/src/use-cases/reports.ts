// Field-report use cases, one file each (ADR 17); this file gathers them.
export * from './report-intake';
export * from './report-reading';
export * from './verify-report';
export * from './reporter-identity';
export * from './sealed-outbox';
