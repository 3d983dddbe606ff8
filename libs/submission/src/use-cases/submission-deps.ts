import type { DataSource } from 'typeorm';
import type { CommandContext } from '@budgetflow/contracts';
import { roleNotAllowed } from '../errors/submission-errors';

/** What every submission use case needs: its database and the installation's namespace. */
export interface SubmissionDeps {
  database: DataSource;
  namespace: string;
}

/** Drafting is the unit's work: only its submitters create, edit and submit. */
export function requireSubmitter(context: CommandContext, action: string): void {
  if (context.actor.role !== 'submitter') throw roleNotAllowed(context.actor.role, action);
}

export const actorLabel = (context: CommandContext): string => `${context.actor.role}:${context.actor.id}`;
