import { CreateWorkflowTables1763769600000 } from './1763769600000-create-workflow-tables';
import { AnnounceBudgetChanges1764028800000 } from './1764028800000-announce-budget-changes';

export { BUDGET_CHANGES_CHANNEL } from './1764028800000-announce-budget-changes';

/** The workflow service's own tables, after the messaging tables; each runs once, in order. */
export const workflowCoreMigrations = [CreateWorkflowTables1763769600000, AnnounceBudgetChanges1764028800000];
