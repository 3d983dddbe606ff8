import { GetArtifactChunk, ListDisclosures, ReconcileApproval } from '@budgetflow/contracts';
import {
  getArtifactChunk,
  listDisclosures,
  reconcileApproval,
  type PublicationDeps,
} from '@budgetflow/publication-core';
import { bindCommand, requireServiceActor, type CommandBinding } from '@budgetflow/service-kit';

/** The public portal's questions: what is published, and the files themselves (posted versions only). */
export const publicationCommands = (deps: PublicationDeps): CommandBinding<never>[] =>
  [
    bindCommand(ListDisclosures, ({ payload }) => listDisclosures(deps, payload)),
    bindCommand(GetArtifactChunk, ({ payload }) => getArtifactChunk(deps, payload)),
    // The workflow's reconciler asks about approvals that have waited too long for publication.
    bindCommand(ReconcileApproval, ({ context, payload }) => {
      requireServiceActor(context);
      return reconcileApproval(deps, payload);
    }),
  ] as CommandBinding<never>[];
