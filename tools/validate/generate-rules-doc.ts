import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPOSITORY_ROOT } from '../repository-root';
import { renderRulesDoc } from './rules-doc';

export const RULES_DOC_PATH = path.join(REPOSITORY_ROOT, 'docs', 'rules.md');

if (require.main === module) {
  writeFileSync(RULES_DOC_PATH, renderRulesDoc());
  process.stdout.write(`wrote ${path.relative(REPOSITORY_ROOT, RULES_DOC_PATH)}\n`);
}
