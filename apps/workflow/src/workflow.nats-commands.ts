import {
  AmendBudget,
  ApproveBudget,
  BudgetStates,
  GetBudget,
  GetHistory,
  ListBudgets,
  ReturnBudget,
} from '@budgetflow/contracts';
import { bindCommand, requireServiceActor, type CommandBinding } from '@budgetflow/service-kit';
import {
  amendBudget,
  approveBudget,
  budgetStates,
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
    // Submission's reconciler: which of its submitted budgets the workflow has not caught up with.
    bindCommand(BudgetStates, ({ context, payload }) => {
      requireServiceActor(context);
      return budgetStates(deps.database, payload.budgetIds);
    }),
  ] as CommandBinding<never>[];
