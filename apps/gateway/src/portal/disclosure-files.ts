import { Injectable } from '@nestjs/common';
import { GetArtifactChunk, type CommandContext, type DisclosureFormat } from '@budgetflow/contracts';
import { BackendClient } from '../backend/backend-client';

export interface DisclosureFile {
  contentType: string;
  contentHash: string;
  version: number;
  content: Buffer;
}

/** The portal asks as itself: it sees only what the publication service has posted. */
export const portalContext = (correlationId: string): CommandContext => ({
  correlationId,
  actor: { id: 'public-portal', name: 'public portal', role: 'service' },
  scope: { unitIds: [] },
});

/** How long a fetched file is served from memory before the publication service is asked again. */
const FRESH_MS = 10_000;
const MAX_ENTRIES = 200;

/**
 * Published files, fetched from the publication service in chunks (a PDF can exceed one NATS
 * message) and kept briefly in memory: the public page is read far more than it changes, and a
 * correction shows up within seconds.
 */
@Injectable()
export class DisclosureFiles {
  private readonly cache = new Map<string, { at: number; file: DisclosureFile }>();
  /** Fetches under way: a burst of readers of an expired page waits for one fetch, not one each. */
  private readonly fetching = new Map<string, Promise<DisclosureFile | null>>();

  constructor(private readonly backend: BackendClient) {}

  async get(
    unitId: string,
    fiscalYear: number,
    format: DisclosureFormat,
    version?: number,
    correlationId = 'public',
  ): Promise<DisclosureFile | null> {
    const key = `${unitId}/${fiscalYear}/${format}/${version ?? 'current'}`;
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < FRESH_MS) return cached.file;
    const under = this.fetching.get(key);
    if (under) return under;
    const fetched = this.fetch(unitId, fiscalYear, format, version, portalContext(correlationId))
      .then((file) => {
        if (file) this.remember(key, file);
        return file;
      })
      .finally(() => this.fetching.delete(key));
    this.fetching.set(key, fetched);
    return fetched;
  }

  private async fetch(
    unitId: string,
    fiscalYear: number,
    format: DisclosureFormat,
    version: number | undefined,
    context: CommandContext,
  ): Promise<DisclosureFile | null> {
    const chunks: Buffer[] = [];
    let offset = 0;
    let first: { contentType: string; contentHash: string; version: number } | undefined;
    for (;;) {
      // After the first chunk, ask for exactly that version: a correction posted meanwhile must not splice in.
      const chunk = await this.backend.call(GetArtifactChunk, context, {
        unitId,
        fiscalYear,
        format,
        offset,
        ...(first ? { version: first.version } : version ? { version } : {}),
      });
      if (!chunk) return null;
      first ??= chunk;
      const bytes = Buffer.from(chunk.chunk, 'base64');
      chunks.push(bytes);
      offset += bytes.length;
      if (chunk.done || bytes.length === 0) break;
    }
    return {
      contentType: first.contentType,
      contentHash: first.contentHash,
      version: first.version,
      content: Buffer.concat(chunks),
    };
  }

  private remember(key: string, file: DisclosureFile): void {
    if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { at: Date.now(), file });
  }
}
