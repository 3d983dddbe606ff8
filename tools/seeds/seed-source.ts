import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPOSITORY_ROOT } from '../repository-root';

/** ../shared/seed-documents beside the repository, unless SEED_DOCUMENTS_DIR says otherwise. */
export const seedDocumentsDir = (): string =>
  process.env['SEED_DOCUMENTS_DIR'] ?? path.resolve(REPOSITORY_ROOT, '..', 'shared', 'seed-documents');

/** One published disclosure's extracted text, as the converters read it. */
export const readSeedSource = (file: string): string =>
  readFileSync(path.join(seedDocumentsDir(), file), 'utf8');
