import { describe, expect, it } from 'vitest';
import { RULE_NAMES, ruleNameIn } from './rule-names';
import { RULES_1 } from './rules';

describe('escalation rule names in four languages', () => {
  it('names every built-in rule in French, Spanish and Arabic', () => {
    for (const lang of ['fr', 'es', 'ar'] as const)
      for (const r of RULES_1.rules) expect(RULE_NAMES[lang][r.id], `${lang} ${r.id}`).toBeTruthy();
    expect(ruleNameIn('ar', 'sexual-violence', 'Sexual violence')).toBe('العنف الجنسي');
    expect(ruleNameIn('en', 'sexual-violence', 'Sexual violence')).toBe('Sexual violence');
  });

  it("keeps an analyst's own name: a renamed built-in rule or a rule of their own", () => {
    expect(ruleNameIn('fr', 'sexual-violence', 'SGBV cluster (Kasai)')).toBe(
      'SGBV cluster (Kasai)',
    );
    expect(ruleNameIn('fr', 'my-rule', 'Hate radio')).toBe('Hate radio');
  });
});
