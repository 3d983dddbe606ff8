import 'reflect-metadata';
import { BudgetSubmitted } from '@budgetflow/contracts';
import { onEvent } from '@budgetflow/messaging';
import { runMain } from '@budgetflow/runtime';
import { startBackendService } from '@budgetflow/service-kit';
import { ValidationHandlers } from './validation.handlers';

runMain('validation', () =>
  startBackendService({
    service: 'validation',
    wire: (resources) => {
      const handlers = new ValidationHandlers(resources);
      return {
        commands: handlers.commands(),
        consumers: [
          onEvent(BudgetSubmitted, async (event) => {
            await handlers.onSubmitted(event);
          }),
        ],
        start: () => Promise.resolve([{ stop: () => handlers.close() }]),
      };
    },
  }),
);
