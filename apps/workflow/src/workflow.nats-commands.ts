import {
  AmendBudget,
  ApproveBudget,
  GetBudget,
  GetHistory,
  ListBudgets,
  ReturnBudget,
} from '@budgetflow/contracts';
import { bindCommand, type CommandBinding } from '@budgetflow/service-kit';
import {
  amendBudget,
  approveBudget,
  getBudget,
  getHistory,
  listBudgets,
  returnBudget,
  type WorkflowDeps,
} from '@budgetflow/workflow-core';

/** The commands the workflow service answers, each bound to its use case. */
export const workflowCommands = (deps: WorkflowDeps): CommandBinding<never>[] =>
  [
    bindCommand(ListBudgets, ({ context, payload }) => listBudgets(deps, context, payload)),
    bindCommand(GetBudget, ({ context, payload }) => getBudget(deps, context, payload.budgetId)),
    bindCommand(ApproveBudget, ({ context, payload }) => approveBudget(deps, context, payload)),
    bindCommand(ReturnBudget, ({ context, payload }) => returnBudget(deps, context, payload)),
    bindCommand(AmendBudget, ({ context, payload }) => amendBudget(deps, context, payload)),
    bindCommand(GetHistory, ({ context, payload }) => getHistory(deps, context, payload.budgetId)),
  ] as CommandBinding<never>[];
