import { readFileSync } from 'node:fs';
import { RULE_CATALOG } from '@budgetflow/budget-rules';
import { RULES_DOC_PATH } from './generate-rules-doc';
import { renderRulesDoc } from './rules-doc';

describe('docs/rules.md', () => {
  it('is what the catalog generates (run the generator when this fails: node dist/tools/validate/generate-rules-doc.js)', () => {
    expect(readFileSync(RULES_DOC_PATH, 'utf8')).toBe(renderRulesDoc());
  });

  it('documents every rule with an example finding', () => {
    const doc = renderRulesDoc();
    for (const rule of RULE_CATALOG) {
      expect(doc).toContain(`### ${rule.id} ${rule.title}`);
      expect(doc).toContain(`"ruleId": "${rule.id}"`);
    }
  });
});
