// The canonical budget document: one shape for editing, validation, review and publication.
export {
  DECIMAL_PATTERN,
  ECONOMIC_CODE_PATTERN,
  FUNCTIONAL_CODE_PATTERN,
} from './document-primitives.schema';
export * from './unit.schema';
export * from './standard-table.kinds';
export * from './standard-table.columns';
export * from './standard-table.lines';
export * from './standard-table.schema';
export * from './standard-table.helpers';
export * from './narrative-figure.vocabulary';
export * from './narrative.schema';
export * from './procurement.schema';
export * from './asset.schema';
export * from './performance-indicator.schema';
export * from './performance-target.schema';
export * from './department-performance.schema';
export * from './budget-document.schema';
export * from './budget-document.invariants';
export * from './parse-budget-document';
