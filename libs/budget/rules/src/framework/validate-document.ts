import type { BudgetDocument } from '@budgetflow/budget-domain';
import type { Finding, Severity } from './finding';
import { pointerSortKey, sortKeyedFindings } from './finding-order';
import type { Rule } from './rule';
import { createRuleContext } from './rule-context';
import { resolveValidationConfig, type ValidationConfig } from './validation-config';

/** Runs the given rules (enabled ones only) over a parsed document; findings in a stable order. */
export const runRules = (
  rules: readonly Rule[],
  document: BudgetDocument,
  config: ValidationConfig = {},
): Finding[] => {
  const resolved = resolveValidationConfig(config);
  const context = createRuleContext(document, resolved);
  const findings: Finding[] = [];
  const keys: Array<string | undefined> = [];
  for (const rule of rules) {
    if (resolved.disabledRules.has(rule.id)) continue;
    const found = rule.run(document, context);
    // Keyed as each rule hands them over, while they are still at hand in memory.
    for (let i = 0; i < found.length; i++) {
      findings.push(found[i]);
      keys.push(pointerSortKey(found[i].location.path));
    }
  }
  return sortKeyedFindings(findings, keys);
};

export const countBySeverity = (findings: readonly Finding[]): Record<Severity, number> => {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
};

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((finding) => finding.severity === 'error');
