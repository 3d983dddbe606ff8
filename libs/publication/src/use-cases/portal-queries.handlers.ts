import type { ArtifactChunk } from '@budgetflow/contracts';
import {
  PublicationRepository,
  type ArtifactFormat,
  type PortalEntry,
} from '../persistence/publication.repository';
import type { PublicationDeps } from './publication-deps';

/** One NATS message carries at most this much of a file (base64 adds a third). */
export const ARTIFACT_CHUNK_BYTES = 512 * 1024;

export function listDisclosures(
  deps: PublicationDeps,
  filter: { unitId?: string; fiscalYear?: number; q?: string },
): Promise<PortalEntry[]> {
  return new PublicationRepository(deps.database.manager).listPosted(filter);
}

/** A piece of a published file; unpublished budgets have none, so the portal cannot reach them. */
export async function getArtifactChunk(
  deps: PublicationDeps,
  request: { unitId: string; fiscalYear: number; format: ArtifactFormat; version?: number; offset: number },
): Promise<ArtifactChunk | null> {
  const slice = await new PublicationRepository(deps.database.manager).artifactSlice(
    request.unitId,
    request.fiscalYear,
    request.format,
    request.version,
    request.offset,
    ARTIFACT_CHUNK_BYTES,
  );
  if (!slice) return null;
  return {
    contentType: slice.contentType,
    contentHash: slice.contentHash,
    size: slice.size,
    version: slice.version,
    offset: request.offset,
    chunk: slice.chunk.toString('base64'),
    done: request.offset + slice.chunk.length >= slice.size,
  };
}
