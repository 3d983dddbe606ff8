import { createHmac } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactFormat } from '../persistence/publication.repository';

/** What a target receives: where the files are on our portal, with their hashes. */
export interface DeliveryNotice {
  budgetId: string;
  unitId: string;
  unitName: string;
  fiscalYear: number;
  version: number;
  publishedAt: string;
  supersedesVersion: number | null;
  artifacts: { format: ArtifactFormat; url: string; sha256: string }[];
}

export interface DeliveryFile {
  format: ArtifactFormat;
  content: Buffer;
}

/** A place beyond our portal where the disclosure must also appear. */
export interface OutboundTarget {
  name: string;
  deliver(notice: DeliveryNotice, files: () => Promise<DeliveryFile[]>): Promise<string | undefined>;
}

export type OutboundTargetConfig =
  | { name: string; type: 'http'; url: string; secret: string; timeoutMs?: number }
  | { name: string; type: 'directory'; path: string };

/**
 * An HTTP endpoint (a department website, the unified disclosure platform) that takes a signed
 * JSON notice: `X-BudgetFlow-Signature: sha256=<HMAC-SHA256 of the body with the shared secret>`.
 * Anything but a 2xx is a failure to retry.
 */
export const httpTarget = (config: Extract<OutboundTargetConfig, { type: 'http' }>): OutboundTarget => ({
  name: config.name,
  async deliver(notice) {
    const body = JSON.stringify(notice);
    const signature = createHmac('sha256', config.secret).update(body).digest('hex');
    const response = await fetch(config.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-budgetflow-signature': `sha256=${signature}` },
      body,
      signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
    });
    if (!response.ok) throw new Error(`${config.name} answered ${response.status}`);
    return config.url;
  },
});

/** A directory (a web server's document root, a share) that receives the files themselves. */
export const directoryTarget = (
  config: Extract<OutboundTargetConfig, { type: 'directory' }>,
): OutboundTarget => ({
  name: config.name,
  async deliver(notice, files) {
    const folder = path.join(config.path, notice.unitId, String(notice.fiscalYear), `v${notice.version}`);
    await mkdir(folder, { recursive: true });
    // Written under a temporary name and renamed, so a reader never sees half a file.
    for (const file of await files()) {
      const target = path.join(folder, `disclosure.${file.format}`);
      await writeFile(`${target}.partial`, file.content);
      await rename(`${target}.partial`, target);
    }
    const manifest = path.join(folder, 'manifest.json');
    await writeFile(`${manifest}.partial`, JSON.stringify(notice, null, 2));
    await rename(`${manifest}.partial`, manifest);
    return folder;
  },
});

export const outboundTarget = (config: OutboundTargetConfig): OutboundTarget =>
  config.type === 'http' ? httpTarget(config) : directoryTarget(config);
