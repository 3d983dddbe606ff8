import { GetArtifactChunk, ListDisclosures } from '@budgetflow/contracts';
import { getArtifactChunk, listDisclosures, type PublicationDeps } from '@budgetflow/publication-core';
import { bindCommand, type CommandBinding } from '@budgetflow/service-kit';

/** The public portal's questions: what is published, and the files themselves (posted versions only). */
export const publicationCommands = (deps: PublicationDeps): CommandBinding<never>[] =>
  [
    bindCommand(ListDisclosures, ({ payload }) => listDisclosures(deps, payload)),
    bindCommand(GetArtifactChunk, ({ payload }) => getArtifactChunk(deps, payload)),
  ] as CommandBinding<never>[];
