import {
  CreateBudget,
  DiffVersions,
  GetDraft,
  GetVersion,
  ExportTablesWorkbook,
  ImportTablesWorkbook,
  ReplaceDocument,
  SubmitBudget,
} from '@budgetflow/contracts';
import { bindCommand, type CommandBinding, type ServiceResources } from '@budgetflow/service-kit';
import {
  createBudget,
  diffVersions,
  exportTablesWorkbook,
  getDraft,
  importTablesWorkbook,
  getVersion,
  replaceDocument,
  submitBudget,
  type SubmissionDeps,
} from '@budgetflow/submission-core';

/** The commands the submission service answers, each bound to its use case. */
export function submissionCommands(resources: ServiceResources): CommandBinding<never>[] {
  const deps: SubmissionDeps = {
    database: resources.database!,
    namespace: resources.settings.BUDGETFLOW_NAMESPACE,
  };
  return [
    bindCommand(CreateBudget, ({ context, payload }) => createBudget(deps, context, payload)),
    bindCommand(GetDraft, ({ context, payload }) => getDraft(deps, context, payload.budgetId)),
    bindCommand(ReplaceDocument, ({ context, payload }) => replaceDocument(deps, context, payload)),
    bindCommand(ExportTablesWorkbook, ({ context, payload }) =>
      exportTablesWorkbook(deps, context, payload.budgetId),
    ),
    bindCommand(ImportTablesWorkbook, ({ context, payload }) => importTablesWorkbook(deps, context, payload)),
    bindCommand(SubmitBudget, ({ context, payload }) => submitBudget(deps, context, payload)),
    bindCommand(GetVersion, ({ context, payload }) => getVersion(deps, context, payload)),
    bindCommand(DiffVersions, ({ context, payload }) => diffVersions(deps, context, payload)),
  ] as CommandBinding<never>[];
}
