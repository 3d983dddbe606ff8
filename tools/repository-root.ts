import path from 'node:path';

/** The repository's top folder, whether a tool runs from its sources (tests) or from dist/. */
export const REPOSITORY_ROOT = path.resolve(
  __dirname,
  __dirname.split(path.sep).includes('dist') ? '../..' : '..',
);
