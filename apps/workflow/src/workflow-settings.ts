import { integer, readSettings } from '@budgetflow/runtime';

/** Settings of the workflow service beyond the shared infrastructure ones. */
export const readWorkflowSettings = () =>
  readSettings({
    /** Calendar days a reviewer has for a budget once it is in review. */
    REVIEW_DAYS: integer(10, 1, 365),
  });
