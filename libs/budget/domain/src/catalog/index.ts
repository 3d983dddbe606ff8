export * from './classification-code';
export * from './classification-name';
export * from './classification-catalog';
export type { CatalogRow, FormerName } from './data/catalog-row';
export { SEED_CODE_OCCURRENCES, type SeedCodeOccurrence } from './data/seed-document-codes.data';
