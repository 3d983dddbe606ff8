import 'reflect-metadata';
import { BudgetApproved, GetVersion } from '@budgetflow/contracts';
import { onEvent } from '@budgetflow/messaging';
import { onApproved, outboundTarget, type PublicationDeps } from '@budgetflow/publication-core';
import { runMain } from '@budgetflow/runtime';
import { CommandClient, startBackendService } from '@budgetflow/service-kit';
import { publicationMigrations } from './migrations';
import { PublicationJobs } from './publication-jobs.processor';
import { publicationCommands } from './publication.nats-commands';
import { readPublicationSettings } from './publication-settings';
import { renderDisclosureArtifacts } from './render-disclosure';

runMain('publication', () => {
  const settings = readPublicationSettings();
  return startBackendService({
    service: 'publication',
    database: { schema: 'publication', migrations: publicationMigrations },
    redis: true,
    wire: (resources) => {
      const jobs = new PublicationJobs(resources);
      const submission = new CommandClient(
        resources.settings.NATS_URL,
        resources.settings.BUDGETFLOW_NAMESPACE,
        'publication-client',
        15_000,
      );
      const deps: PublicationDeps = {
        database: resources.database!,
        namespace: resources.settings.BUDGETFLOW_NAMESPACE,
        deadlineRule: {
          days: settings.PUBLICATION_DEADLINE_DAYS,
          kind: settings.PUBLICATION_DEADLINE_KIND,
          holidays: settings.PUBLICATION_HOLIDAYS,
        },
        reminderDaysBefore: settings.PUBLICATION_REMINDER_DAYS,
        portalUrl: settings.PORTAL_URL.replace(/\/$/, ''),
        targets: settings.PUBLICATION_TARGETS.map(outboundTarget),
        render: (document, options) =>
          renderDisclosureArtifacts(document, {
            ...options,
            redactPersonalData: settings.REDACT_PERSONAL_DATA === 'true',
          }),
        fetchVersion: (budgetId, version, correlationId) =>
          submission.call(
            GetVersion,
            {
              correlationId,
              actor: { id: 'publication', name: 'publication service', role: 'service' },
              scope: { all: true },
            },
            { budgetId, version },
          ),
        scheduler: jobs,
      };
      return {
        commands: publicationCommands(deps),
        consumers: [onEvent(BudgetApproved, (event, tx) => onApproved(deps, event, tx!))],
        start: async () => [
          await jobs.start(deps, settings.PUBLICATION_RECONCILE_SECONDS),
          { stop: () => submission.close() },
        ],
      };
    },
  });
});
