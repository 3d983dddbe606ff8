import { TypeCompiler } from '@sinclair/typebox/compiler';
import { budgetDocumentSchema, type BudgetDocument } from './budget-document.schema';
import { checkDocumentInvariants, type DocumentError } from './budget-document.invariants';

export type ParseBudgetDocumentResult =
  | { readonly ok: true; readonly document: BudgetDocument }
  | { readonly ok: false; readonly errors: readonly DocumentError[] };

// Compiled once per process: the schema is large and parse runs on every save and import.
const checker = TypeCompiler.Compile(budgetDocumentSchema);

/** Most errors a caller gets back; a wholly wrong payload would otherwise list thousands. */
export const MAX_PARSE_ERRORS = 100;

/**
 * Accepts unknown input (a request body, an imported file, a stored version) and returns the
 * typed document, or every shape error with the JSON Pointer of the offending value
 * (`/tables/3/rows/5/amounts/basic`). The input is not modified or coerced.
 */
export const parseBudgetDocument = (input: unknown): ParseBudgetDocumentResult => {
  if (!checker.Check(input)) {
    return { ok: false, errors: schemaErrors(input) };
  }
  const errors = checkDocumentInvariants(input);
  return errors.length > 0
    ? { ok: false, errors: errors.slice(0, MAX_PARSE_ERRORS) }
    : { ok: true, document: input };
};

const schemaErrors = (input: unknown): DocumentError[] => {
  const errors: DocumentError[] = [];
  const seen = new Set<string>();
  for (const error of checker.Errors(input)) {
    // One error per value: a missing property also reports "Expected string" at the same path.
    if (seen.has(error.path)) continue;
    seen.add(error.path);
    errors.push({ path: error.path, message: error.message });
    if (errors.length >= MAX_PARSE_ERRORS) break;
  }
  return errors;
};
