import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '@lens/contract';
import { MESSAGES } from './messages';
import { ASSESSMENT_MESSAGES } from './assessment-messages';
import { REPORT_MESSAGES } from './report-messages';
import { ALERT_MESSAGES } from './alert-messages';
import { NETWORK_MESSAGES } from './network-messages';
import { CAPACITY_MESSAGES } from './capacity-messages';
import { PLANNING_MESSAGES } from './planning-messages';
import { WATCH_MESSAGES } from './watch-messages';
import { ALERT_DETAIL_MESSAGES } from './alert-detail-messages';
import { REVIEW_MESSAGES } from './review-messages';
import { ADMIN_MESSAGES } from './admin-messages';
import { AUDIT_ACTION_MESSAGES } from './audit-action-messages';
import { FEED_MESSAGES } from './feed-messages';
import { WPS_MESSAGES } from './wps-messages';
import { CATALOG_MESSAGES } from './catalog-messages';
import { ACLED_TYPES, acledTypeIn } from './acled-types';
import { TRIGGER_MESSAGES } from './trigger-messages';
import { CASE_MESSAGES } from './case-messages';
import { PUBLIC_MESSAGES } from './public-messages';
import { SHARING_MESSAGES } from './sharing-messages';
import { EXERCISE_MESSAGES } from './exercise-messages';

const SETS = {
  MESSAGES,
  ASSESSMENT_MESSAGES,
  REPORT_MESSAGES,
  ALERT_MESSAGES,
  NETWORK_MESSAGES,
  CAPACITY_MESSAGES,
  PLANNING_MESSAGES,
  WATCH_MESSAGES,
  ALERT_DETAIL_MESSAGES,
  REVIEW_MESSAGES,
  ADMIN_MESSAGES,
  AUDIT_ACTION_MESSAGES,
  FEED_MESSAGES,
  WPS_MESSAGES,
  CATALOG_MESSAGES,
  TRIGGER_MESSAGES,
  CASE_MESSAGES,
  PUBLIC_MESSAGES,
  SHARING_MESSAGES,
  EXERCISE_MESSAGES,
};

describe('interface text', () => {
  // The sets are merged into one object: a key in two sets would silently replace a label.
  it('never uses one key in two message sets', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, set] of Object.entries(SETS))
      for (const key of Object.keys(set.en)) {
        if (owner.has(key)) clashes.push(`${key}: ${owner.get(key)} and ${name}`);
        owner.set(key, name);
      }
    expect(clashes).toEqual([]);
  });

  it('has every key in all four languages', () => {
    for (const set of Object.values(SETS))
      for (const lang of ['fr', 'es', 'ar'] as const)
        expect(Object.keys(set[lang]).sort()).toEqual(Object.keys(set.en).sort());
  });
});

describe('escalation content', () => {
  it('names every escalation indicator in all four languages', () => {
    for (const lang of ['en', 'fr', 'es', 'ar'] as const)
      expect(Object.keys(ALERT_DETAIL_MESSAGES[lang].indicatorNames).sort()).toEqual(
        [...INDICATOR_IDS].sort(),
      );
  });
});

describe('audit actions', () => {
  it('names every audited action in all four languages', () => {
    const en = Object.keys(AUDIT_ACTION_MESSAGES.en.auditActions).sort();
    for (const lang of ['fr', 'es', 'ar'] as const)
      expect(Object.keys(AUDIT_ACTION_MESSAGES[lang].auditActions).sort()).toEqual(en);
  });

  it("words ACLED's event types in every language, type and sub-type alike", () => {
    const fr = Object.keys(ACLED_TYPES.fr).sort();
    expect(fr).toHaveLength(31);
    expect(Object.keys(ACLED_TYPES.es).sort()).toEqual(fr);
    expect(Object.keys(ACLED_TYPES.ar).sort()).toEqual(fr);
    expect(acledTypeIn('es', 'Violence against civilians: Sexual violence')).toBe(
      'Violencia contra civiles: Violencia sexual',
    );
    expect(acledTypeIn('en', 'Battles: Armed clash')).toBe('Battles: Armed clash');
  });
});
