/**
 * Prevention planning (issue 9): a country's planning context (assessment, escalation stage,
 * armed conflict, perpetrators), the agenda it calls for, the measures that answer its risks with
 * who can act, and its versioned needs assessment and plan, checked for pitfalls and tensions.
 */
// Prevention planning use cases, one file each (ADR 17); this file gathers them.
export * from './planning-view';
export * from './plans';
export * from './needs-assessments';
export * from './risk-links';
export * from './case-library';
