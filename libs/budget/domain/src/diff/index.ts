// Reviewer diffs between two versions of a budget document.
export * from './document-difference';
export * from './diff-budget-documents';
