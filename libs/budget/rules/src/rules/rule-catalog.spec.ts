import { parseBudgetDocument } from '@budgetflow/budget-domain';
import { validHenanBudget } from '../testing/henan-budget.mother';
import {
  validStandardBudget,
  validStandardBudgetWithClassifiedProject,
} from '../testing/standard-budget.mother';
import { validateDocument } from '../validate-document';
import { RULE_CATALOG } from './rule-catalog';

describe('the rule catalog', () => {
  it('gives every rule a unique, stable-looking id and Chinese texts', () => {
    const ids = RULE_CATALOG.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULE_CATALOG) {
      expect(rule.id).toMatch(/^[A-Z]{3}-[A-Z0-9]{3,4}-\d{3}$/);
      expect(rule.title).toMatch(/[\u4e00-\u9fa5]/);
      expect(rule.checks).toMatch(/[\u4e00-\u9fa5]/);
      expect(rule.why).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it.each([
    ['standard layout', validStandardBudget],
    ['standard layout with a classified project', validStandardBudgetWithClassifiedProject],
    ['Henan layout', validHenanBudget],
  ])('builds a %s test document that parses and raises no finding at all', (_name, build) => {
    const document = build();
    const parsed = parseBudgetDocument(document);
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    expect(validateDocument(document)).toEqual([]);
  });
});
