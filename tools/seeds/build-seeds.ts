import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseBudgetDocument, type BudgetDocument } from '@budgetflow/budget-domain';
import { runTool } from '@budgetflow/runtime';
import { REPOSITORY_ROOT } from '../repository-root';
import { convertHandan } from './handan/convert-handan';
import { convertJiyuan } from './jiyuan/convert-jiyuan';
import { convertJulu } from './julu/convert-julu';
import { readSeedSource } from './seed-source';

/** Each published disclosure, the converter that reads it, and the seed it becomes. */
export const SEED_SOURCES: readonly {
  source: string;
  seed: string;
  convert: (text: string) => BudgetDocument;
}[] = [
  { source: 'handan-psb-2022-budget-disclosure.txt', seed: 'handan-psb-2022.json', convert: convertHandan },
  { source: 'jiyuan-psb-2020-budget-disclosure.txt', seed: 'jiyuan-psb-2020.json', convert: convertJiyuan },
  { source: 'julu-psb-2024-performance-targets.txt', seed: 'julu-psb-2024.json', convert: convertJulu },
];

/** The seed file's exact bytes: converted, checked against the schema, pretty-printed. */
export function renderSeed(convert: (text: string) => BudgetDocument, sourceText: string): string {
  const document = convert(sourceText);
  const parsed = parseBudgetDocument(document);
  if (!parsed.ok) {
    throw new Error(
      `the converted document is invalid: ${parsed.errors
        .slice(0, 5)
        .map((e) => `${e.path}: ${e.message}`)
        .join('; ')}`,
    );
  }
  return `${JSON.stringify(document, null, 2)}\n`;
}

if (require.main === module) {
  runTool('seeds:build', () => {
    for (const { source, seed, convert } of SEED_SOURCES) {
      const target = path.join(REPOSITORY_ROOT, 'seeds', seed);
      writeFileSync(target, renderSeed(convert, readSeedSource(source)));
      process.stdout.write(`seeds:build: ${source} → seeds/${seed}\n`);
    }
    return Promise.resolve();
  });
}
