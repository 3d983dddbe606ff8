import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseBudgetDocument } from '@budgetflow/budget-domain';
import { REPOSITORY_ROOT } from '../repository-root';
import { renderSeed, SEED_SOURCES } from './build-seeds';
import { readSeedSource } from './seed-source';

describe.each(SEED_SOURCES)('seed $seed', ({ source, seed, convert }) => {
  const committed = readFileSync(path.join(REPOSITORY_ROOT, 'seeds', seed), 'utf8');

  it('is reproduced byte for byte from its source by the checked-in converter', () => {
    expect(renderSeed(convert, readSeedSource(source)) === committed).toBe(true);
  });

  it('is a valid budget document that survives document → JSON → document unchanged', () => {
    const parsed = parseBudgetDocument(JSON.parse(committed));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(JSON.parse(JSON.stringify(parsed.document))).toEqual(JSON.parse(committed));
  });
});
