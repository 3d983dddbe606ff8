// The validation rule catalog: pure functions over the budget document.
export type { Finding, FindingLocation, RuleIssue, Severity } from './framework/finding';
export { SEVERITIES } from './framework/finding';
export type { Rule, RuleCategory, RuleMetadata } from './framework/rule';
export { RULE_CATEGORY_TITLES } from './framework/rule';
export type { RuleContext } from './framework/rule-context';
export { createRuleContext } from './framework/rule-context';
export {
  DEFAULT_VALIDATION_CONFIG,
  resolveValidationConfig,
  type ResolvedValidationConfig,
  type ValidationConfig,
} from './framework/validation-config';
export { compareFindings } from './framework/finding-order';
export { countBySeverity, hasErrors, runRules } from './framework/validate-document';
export { RULE_CATALOG } from './rules/rule-catalog';
export { validateDocument } from './validate-document';
