import { LensError } from '../domain/errors';
import { compileClassifier, type Classifier } from '../escalation/classify';
import { CLASSIFIER_1 } from '../escalation/classifier-1';
import { parseRuleSet, RULES_1, type RuleSet } from '../escalation/rules';
import type { UseCaseDeps } from './context';

export const CLASSIFIER = compileClassifier(CLASSIFIER_1);

export const escalationClassifier = (): Classifier => CLASSIFIER;

/** The rule set in force: the last one an admin stored, else Lens's own. */
export async function activeRuleSet(deps: UseCaseDeps): Promise<RuleSet> {
  const stored = await deps.store.escalation.latestRuleSet();
  return stored ? parseRuleSet(JSON.parse(stored.body)) : RULES_1;
}

/** Stores an edited rule set as the one in force (a new version; audited). */
export async function saveRuleSet(
  deps: UseCaseDeps,
  body: unknown,
  actor: string,
): Promise<RuleSet> {
  const rules = parseRuleSet(body);
  if (rules.version === RULES_1.version || (await deps.store.escalation.ruleSet(rules.version)))
    throw new LensError(
      'conflict',
      `Rule set ${rules.version} exists: give the edited set a new version`,
      {
        version: 'already used',
      },
    );
  const at = deps.clock.now().toISOString();
  await deps.store.transaction(async (s) => {
    await s.escalation.saveRuleSet({
      version: rules.version,
      body: JSON.stringify(rules),
      createdAt: at,
      createdBy: actor,
    });
    await s.audit.append({
      at,
      actor,
      action: 'escalation.rules.save',
      recordType: 'escalation_ruleset',
      recordId: rules.version,
      detail: { rules: rules.rules.map((r) => r.id) },
    });
  });
  return rules;
}
