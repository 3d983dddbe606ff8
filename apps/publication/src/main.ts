import 'reflect-metadata';
import { BudgetApproved, GetVersion } from '@budgetflow/contracts';
import { onEvent, type AfterCommit } from '@budgetflow/messaging';
import {
  onApproved,
  outboundTarget,
  type PublicationDeps,
  type PublicationScheduler,
} from '@budgetflow/publication-core';
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
            formats: settings.PUBLICATION_FORMATS,
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
        consumers: [
          // The jobs are added once the approval is committed: a job that ran before the commit
          // found nothing, failed and waited for its retry (a second or more per budget).
          onEvent(BudgetApproved, (event, tx, afterCommit) =>
            onApproved({ ...deps, scheduler: schedulingAfterCommit(jobs, afterCommit) }, event, tx!),
          ),
        ],
        start: async () => [
          await jobs.start(deps, settings.PUBLICATION_RECONCILE_SECONDS),
          { stop: () => submission.close() },
        ],
      };
    },
  });
});

/**
 * The scheduler as the approval handler sees it: each job is added after the transaction commits.
 * Should adding fail then, the periodic reconciliation re-schedules it from PostgreSQL.
 */
function schedulingAfterCommit(jobs: PublicationScheduler, afterCommit: AfterCommit): PublicationScheduler {
  return {
    publish: (...args) => Promise.resolve(afterCommit(() => jobs.publish(...args))),
    deliver: (...args) => Promise.resolve(afterCommit(() => jobs.deliver(...args))),
    deadline: (...args) => Promise.resolve(afterCommit(() => jobs.deadline(...args))),
  };
}
