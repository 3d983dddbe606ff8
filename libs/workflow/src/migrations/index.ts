import { CreateWorkflowTables1763769600000 } from './1763769600000-create-workflow-tables';

/** The workflow service's own tables, after the messaging tables; each runs once, in order. */
export const workflowCoreMigrations = [CreateWorkflowTables1763769600000];
