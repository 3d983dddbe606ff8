import { randomUUID } from 'node:crypto';
import { DomainError, nextState } from '@budgetflow/budget-domain';
import {
  BudgetAmendmentStarted,
  BudgetApproved,
  BudgetReturned,
  type BudgetSummary,
  type CommandContext,
} from '@budgetflow/contracts';
import { WorkflowRepository, type WorkflowBudget } from '../../persistence/workflow.repository';
import {
  actorOf,
  budgetNotFound,
  emit,
  eventActor,
  requireReviewer,
  type WorkflowDeps,
} from '../workflow-deps';

export interface ItemComment {
  path: string;
  label?: string;
  text: string;
}

const summary = (budget: WorkflowBudget, state: string): BudgetSummary => ({
  id: budget.id,
  unitId: budget.unitId,
  unitName: budget.unitName,
  fiscalYear: budget.fiscalYear,
  state,
  version: budget.version,
});

/**
 * Approves a budget in review (批复). The row is locked and the transition guarded, so of two
 * reviewers approving at once exactly one succeeds; the other is told the budget is approved.
 */
export async function approveBudget(
  deps: WorkflowDeps,
  context: CommandContext,
  command: { budgetId: string; comment?: string; publishAt?: string },
): Promise<BudgetSummary> {
  requireReviewer(context, 'approve a budget');
  return deps.database.transaction(async (tx) => {
    const budgets = new WorkflowRepository(tx);
    const budget = await budgets.lock(command.budgetId, context.scope);
    if (!budget) throw budgetNotFound(command.budgetId);
    const to = nextState(budget.state, 'approve');
    await budgets.transition(budget, to, { reviewDueAt: null });
    if (command.comment) {
      await budgets.addComment({
        id: randomUUID(),
        budgetId: budget.id,
        version: budget.version,
        author: actorOf(context),
        text: command.comment,
      });
    }
    await budgets.appendAudit(budget, {
      actor: actorOf(context),
      action: 'approved',
      fromState: budget.state,
      toState: to,
      version: budget.version,
      ...(command.comment ? { reason: command.comment } : {}),
      correlationId: context.correlationId,
    });
    await emit(
      tx,
      deps,
      BudgetApproved,
      budget.id,
      {
        version: budget.version,
        unitId: budget.unitId,
        unitName: budget.unitName,
        fiscalYear: budget.fiscalYear,
        ...(command.comment ? { comment: command.comment } : {}),
        ...(command.publishAt ? { publishAt: command.publishAt } : {}),
      },
      {
        correlationId: context.correlationId,
        actor: eventActor(context),
      },
    );
    return summary(budget, to);
  });
}

/** Returns a budget in review to its unit with the reviewer's comment and item comments. */
export async function returnBudget(
  deps: WorkflowDeps,
  context: CommandContext,
  command: { budgetId: string; comment: string; itemComments?: ItemComment[] },
): Promise<BudgetSummary> {
  requireReviewer(context, 'return a budget');
  return deps.database.transaction(async (tx) => {
    const budgets = new WorkflowRepository(tx);
    const budget = await budgets.lock(command.budgetId, context.scope);
    if (!budget) throw budgetNotFound(command.budgetId);
    const to = nextState(budget.state, 'returnToUnit');
    await budgets.transition(budget, to, { reviewDueAt: null });
    const author = actorOf(context);
    const itemComments = command.itemComments ?? [];
    await budgets.addComment({
      id: randomUUID(),
      budgetId: budget.id,
      version: budget.version,
      author,
      text: command.comment,
    });
    for (const item of itemComments) {
      await budgets.addComment({
        id: randomUUID(),
        budgetId: budget.id,
        version: budget.version,
        author,
        ...item,
      });
    }
    await budgets.appendAudit(budget, {
      actor: author,
      action: 'returned',
      fromState: budget.state,
      toState: to,
      version: budget.version,
      reason: command.comment,
      correlationId: context.correlationId,
    });
    await emit(
      tx,
      deps,
      BudgetReturned,
      budget.id,
      { version: budget.version, reason: 'reviewer', comment: command.comment, itemComments },
      { correlationId: context.correlationId, actor: eventActor(context) },
    );
    return summary(budget, to);
  });
}

/**
 * Reopens a published budget for an amendment (the unit found a mistake after publication). It
 * goes through the same cycle; once approved it is published as a correction of the original,
 * which stays available.
 */
export async function amendBudget(
  deps: WorkflowDeps,
  context: CommandContext,
  command: { budgetId: string; reason: string },
): Promise<BudgetSummary> {
  if (context.actor.role !== 'submitter') {
    throw new DomainError('AUTH.FORBIDDEN', `a ${context.actor.role} may not amend a budget`);
  }
  return deps.database.transaction(async (tx) => {
    const budgets = new WorkflowRepository(tx);
    const budget = await budgets.lock(command.budgetId, context.scope);
    if (!budget) throw budgetNotFound(command.budgetId);
    const to = nextState(budget.state, 'amend');
    await budgets.transition(budget, to);
    await budgets.appendAudit(budget, {
      actor: actorOf(context),
      action: 'amendment-started',
      fromState: budget.state,
      toState: to,
      version: budget.version,
      reason: command.reason,
      correlationId: context.correlationId,
    });
    await emit(
      tx,
      deps,
      BudgetAmendmentStarted,
      budget.id,
      { publishedVersion: budget.version, reason: command.reason },
      { correlationId: context.correlationId, actor: eventActor(context) },
    );
    return summary(budget, to);
  });
}
