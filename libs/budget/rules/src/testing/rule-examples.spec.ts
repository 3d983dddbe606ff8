import { parseBudgetDocument } from '@budgetflow/budget-domain';
import { RULE_CATALOG } from '../rules/rule-catalog';
import { findingsOf } from './rule-test.helpers';
import { RULE_EXAMPLES } from './rule-examples';

describe('rule examples', () => {
  it.each(RULE_CATALOG.map((rule) => [rule.id, rule] as const))(
    '%s has a valid example document on which it fires',
    (id, rule) => {
      const example = RULE_EXAMPLES[id];
      expect(example).toBeDefined();
      const document = example.document();
      const parsed = parseBudgetDocument(document);
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      expect(findingsOf(rule, document).length).toBeGreaterThan(0);
    },
  );
});
