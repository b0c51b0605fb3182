// Escalation use cases, one file each (ADR 17); this file gathers them.
export * from './escalation-rules';
export * from './escalation-inputs';
export * from './replay-escalation';
export * from './evaluate-escalation';
export * from './escalation-risk';
