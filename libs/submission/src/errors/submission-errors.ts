import { DomainError } from '@budgetflow/budget-domain';

export const budgetNotFound = (budgetId: string): DomainError =>
  new DomainError('BUDGET.NOT_FOUND', `budget ${budgetId} was not found`);

export const versionNotFound = (budgetId: string, version: number): DomainError =>
  new DomainError('BUDGET.VERSION_NOT_FOUND', `budget ${budgetId} has no version ${version}`);

export const budgetAlreadyExists = (unitId: string, fiscalYear: number): DomainError =>
  new DomainError('BUDGET.ALREADY_EXISTS', `unit ${unitId} already has a budget for ${fiscalYear}`);

export const notEditable = (): DomainError =>
  new DomainError(
    'BUDGET.NOT_EDITABLE',
    'the budget is with the finance bureau (submitted, in review or approved); it can be edited again only once it is returned',
  );

export const revisionConflict = (expected: number, actual: number): DomainError =>
  new DomainError(
    'BUDGET.REVISION_CONFLICT',
    `the draft was changed meanwhile (you edited revision ${expected}, it is now at ${actual}); reload it and apply your change again`,
    { expectedRevision: expected, actualRevision: actual },
  );

/** A problem at a place in the document; `cell` when it came from a workbook (`<sheet>!<cell>`). */
export interface DocumentProblem {
  path: string;
  message: string;
  cell?: string;
}

const where = (problem: DocumentProblem | undefined) =>
  problem?.cell ? `${problem.cell} ${problem.path}` : problem?.path;

export const invalidDocument = (errors: readonly DocumentProblem[]): DomainError =>
  new DomainError(
    'BUDGET.INVALID_DOCUMENT',
    `the budget document is not valid: ${where(errors[0])} ${errors[0]?.message}`,
    errors,
  );

export const invalidWorkbook = (problems: readonly { cell: string; message: string }[]): DomainError =>
  new DomainError(
    'BUDGET.INVALID_WORKBOOK',
    `the workbook is not valid: ${problems[0]?.cell} ${problems[0]?.message}`,
    problems.map((problem) => ({ path: problem.cell, ...problem })),
  );

export const documentMismatch = (field: string, expected: string, actual: string): DomainError =>
  new DomainError(
    'BUDGET.DOCUMENT_MISMATCH',
    `the document's ${field} is ${actual}, but this budget is for ${expected}`,
    [{ path: field === 'unit' ? '/unit/id' : '/fiscalYear', message: `expected ${expected}` }],
  );

export const roleNotAllowed = (role: string, action: string): DomainError =>
  new DomainError('AUTH.FORBIDDEN', `a ${role} may not ${action}`);
