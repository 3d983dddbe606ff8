import type { EntityManager } from 'typeorm';
import type { DisclosureFormat, DisclosureListing } from '@budgetflow/contracts';

export type ArtifactFormat = DisclosureFormat;
export type PortalEntry = DisclosureListing;

export interface RenderedArtifact {
  format: ArtifactFormat;
  contentType: string;
  content: Buffer;
}

export interface PublicationRecord {
  budgetId: string;
  version: number;
  unitId: string;
  unitName: string;
  fiscalYear: number;
  approvedAt: string;
  deadlineAt: string;
  publishAt: string | null;
  state: 'pending' | 'posted';
  postedAt: string | null;
  supersedesVersion: number | null;
}

const ISO = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const PUBLICATION_COLUMNS = `budget_id AS "budgetId", version, unit_id AS "unitId", unit_name AS "unitName",
  fiscal_year AS "fiscalYear", ${ISO('approved_at')} AS "approvedAt", ${ISO('deadline_at')} AS "deadlineAt",
  ${ISO('publish_at')} AS "publishAt", state, ${ISO('posted_at')} AS "postedAt", supersedes_version AS "supersedesVersion"`;

/** The publication service's publications, artifacts and deliveries: narrow, named queries only. */
export class PublicationRepository {
  constructor(private readonly tx: EntityManager) {}

  /** Records an approved version as waiting to be published; false when it is already recorded. */
  async insertPending(
    p: Omit<PublicationRecord, 'state' | 'postedAt' | 'supersedesVersion'>,
  ): Promise<boolean> {
    const rows = await this.tx.query<unknown[]>(
      `INSERT INTO publications (budget_id, version, unit_id, unit_name, fiscal_year, approved_at, deadline_at, publish_at, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'pending') ON CONFLICT DO NOTHING RETURNING 1`,
      [p.budgetId, p.version, p.unitId, p.unitName, p.fiscalYear, p.approvedAt, p.deadlineAt, p.publishAt],
    );
    return rows.length > 0;
  }

  async find(budgetId: string, version: number, forUpdate = false): Promise<PublicationRecord | undefined> {
    const [row] = await this.tx.query<PublicationRecord[]>(
      `SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE budget_id = $1 AND version = $2${forUpdate ? ' FOR UPDATE' : ''}`,
      [budgetId, version],
    );
    return row;
  }

  /** Artifacts are written once: a re-render of the same version keeps the first (identical) files. */
  async storeArtifacts(
    budgetId: string,
    version: number,
    artifacts: readonly (RenderedArtifact & { contentHash: string })[],
  ): Promise<void> {
    for (const a of artifacts) {
      await this.tx.query(
        `INSERT INTO artifacts (budget_id, version, format, content_type, content, content_hash)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [budgetId, version, a.format, a.contentType, a.content, a.contentHash],
      );
    }
  }

  async artifactHashes(
    budgetId: string,
    version: number,
  ): Promise<{ format: ArtifactFormat; contentHash: string }[]> {
    return this.tx.query(
      'SELECT format, content_hash AS "contentHash" FROM artifacts WHERE budget_id = $1 AND version = $2 ORDER BY format',
      [budgetId, version],
    );
  }

  /** The version this one corrects: the latest posted one of the same unit and year. */
  async latestPostedVersion(unitId: string, fiscalYear: number): Promise<number | null> {
    const [row] = await this.tx.query<{ version: number | null }[]>(
      `SELECT max(version) AS version FROM publications WHERE unit_id = $1 AND fiscal_year = $2 AND state = 'posted'`,
      [unitId, fiscalYear],
    );
    return row?.version ?? null;
  }

  async markPosted(budgetId: string, version: number, supersedesVersion: number | null): Promise<void> {
    await this.tx.query(
      `UPDATE publications SET state = 'posted', posted_at = now(), supersedes_version = $3
        WHERE budget_id = $1 AND version = $2 AND state = 'pending'`,
      [budgetId, version, supersedesVersion],
    );
  }

  async recordFailure(budgetId: string, version: number, error: string): Promise<void> {
    await this.tx.query(
      'UPDATE publications SET attempts = attempts + 1, last_error = $3 WHERE budget_id = $1 AND version = $2',
      [budgetId, version, error.slice(0, 2000)],
    );
  }

  async pending(): Promise<PublicationRecord[]> {
    return this.tx.query(
      `SELECT ${PUBLICATION_COLUMNS} FROM publications WHERE state = 'pending' ORDER BY approved_at`,
    );
  }

  async insertDeliveries(budgetId: string, version: number, targets: readonly string[]): Promise<void> {
    for (const target of targets) {
      await this.tx.query(
        `INSERT INTO deliveries (budget_id, version, target, state) VALUES ($1, $2, $3, 'pending') ON CONFLICT DO NOTHING`,
        [budgetId, version, target],
      );
    }
  }

  /** Locks a delivery for its attempt; undefined when it is done already. */
  async lockPendingDelivery(budgetId: string, version: number, target: string): Promise<boolean> {
    const rows = await this.tx.query<unknown[]>(
      `SELECT 1 FROM deliveries WHERE budget_id = $1 AND version = $2 AND target = $3 AND state = 'pending' FOR UPDATE`,
      [budgetId, version, target],
    );
    return rows.length > 0;
  }

  async markDelivered(budgetId: string, version: number, target: string): Promise<void> {
    await this.tx.query(
      `UPDATE deliveries SET state = 'delivered', delivered_at = now(), attempts = attempts + 1, last_error = NULL
        WHERE budget_id = $1 AND version = $2 AND target = $3`,
      [budgetId, version, target],
    );
  }

  async recordDeliveryFailure(
    budgetId: string,
    version: number,
    target: string,
    error: string,
  ): Promise<void> {
    await this.tx.query(
      'UPDATE deliveries SET attempts = attempts + 1, last_error = $4 WHERE budget_id = $1 AND version = $2 AND target = $3',
      [budgetId, version, target, error.slice(0, 2000)],
    );
  }

  async pendingDeliveries(): Promise<{ budgetId: string; version: number; target: string }[]> {
    return this.tx.query(
      `SELECT budget_id AS "budgetId", version, target FROM deliveries WHERE state = 'pending' ORDER BY budget_id, version`,
    );
  }

  /** The portal: posted versions only, newest first, with what each corrects or is corrected by. */
  async listPosted(filter: { unitId?: string; fiscalYear?: number; q?: string }): Promise<PortalEntry[]> {
    const conditions = ["p.state = 'posted'"];
    const values: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      values.push(value);
      conditions.push(sql.replaceAll('?', `$${values.length}`));
    };
    if (filter.unitId) add('p.unit_id = ?', filter.unitId);
    if (filter.fiscalYear) add('p.fiscal_year = ?', filter.fiscalYear);
    if (filter.q) add("(p.unit_name ILIKE '%' || ? || '%' OR p.unit_id ILIKE '%' || ? || '%')", filter.q);
    return this.tx.query(
      `SELECT p.unit_id AS "unitId", p.unit_name AS "unitName", p.fiscal_year AS "fiscalYear", p.version,
              p.budget_id AS "budgetId", ${ISO('p.posted_at')} AS "postedAt", p.supersedes_version AS "supersedesVersion",
              (SELECT min(n.version) FROM publications n WHERE n.unit_id = p.unit_id AND n.fiscal_year = p.fiscal_year
                 AND n.state = 'posted' AND n.version > p.version) AS "supersededByVersion"
         FROM publications p WHERE ${conditions.join(' AND ')}
        ORDER BY p.fiscal_year DESC, p.unit_id, p.version DESC LIMIT 500`,
      values,
    );
  }

  /** A slice of a posted artifact (the whole file can exceed one NATS message). */
  async artifactSlice(
    unitId: string,
    fiscalYear: number,
    format: ArtifactFormat,
    version: number | undefined,
    offset: number,
    length: number,
  ): Promise<
    { contentType: string; contentHash: string; size: number; version: number; chunk: Buffer } | undefined
  > {
    const [row] = await this.tx.query<
      { contentType: string; contentHash: string; size: number; version: number; chunk: Buffer }[]
    >(
      `SELECT a.content_type AS "contentType", a.content_hash AS "contentHash", length(a.content) AS size, p.version,
              substring(a.content FROM $5 FOR $6) AS chunk
         FROM publications p JOIN artifacts a ON a.budget_id = p.budget_id AND a.version = p.version
        WHERE p.unit_id = $1 AND p.fiscal_year = $2 AND a.format = $3 AND p.state = 'posted'
          AND ($4::integer IS NULL OR p.version = $4)
        ORDER BY p.version DESC LIMIT 1`,
      [unitId, fiscalYear, format, version ?? null, offset + 1, length],
    );
    return row;
  }
}
