import type { BudgetDocument } from '@budgetflow/budget-domain';
import type { Finding } from './framework/finding';
import { runRules } from './framework/validate-document';
import type { ValidationConfig } from './framework/validation-config';
import { RULE_CATALOG } from './rules/rule-catalog';

/**
 * Runs the whole catalog on a document that passed parseBudgetDocument. Pure and deterministic:
 * the same document and config give the same findings in the same order (document order, then
 * rule id).
 */
export const validateDocument = (document: BudgetDocument, config: ValidationConfig = {}): Finding[] =>
  runRules(RULE_CATALOG, document, config);
