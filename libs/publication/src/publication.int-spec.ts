import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import type { EventEnvelope } from '@budgetflow/contracts';
import { CreateMessagingTables1763683200000 } from '@budgetflow/messaging';
import { openServiceDatabase } from '@budgetflow/runtime';
import { createTestDatabase } from '@budgetflow/testing';
import { publicationCoreMigrations } from './migrations';
import { httpTarget } from './targets/outbound-target';
import { checkPublicationDeadline } from './use-cases/check-deadline.handler';
import { deliverPublication } from './use-cases/deliver-publication.handler';
import { onApproved } from './use-cases/on-approved.handler';
import { getArtifactChunk, listDisclosures } from './use-cases/portal-queries.handlers';
import type { PublicationDeps } from './use-cases/publication-deps';
import { publishBudget } from './use-cases/publish-budget.handler';

type Approval = { version: number; unitId: string; unitName: string; fiscalYear: number };

describe('publication on a real PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let service: DataSource;
  let receiver: Server;
  let received: { signature: string | undefined; body: string }[];
  let failuresLeft = 0;
  const scheduled: string[] = [];
  let renders = 0;
  let crashNextRender = false;

  const deps = (): PublicationDeps => ({
    database: service,
    namespace: '',
    deadlineRule: { days: 20, kind: 'calendar' },
    reminderDaysBefore: 3,
    portalUrl: 'https://portal.example/public/disclosures',
    targets: [
      httpTarget({
        name: 'unit-website',
        type: 'http',
        url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/notices`,
        secret: 'a-shared-secret-of-sixteen+',
      }),
    ],
    render: (document) => {
      renders++;
      if (crashNextRender) {
        crashNextRender = false;
        return Promise.reject(new Error('the process died while rendering'));
      }
      return Promise.resolve([
        {
          format: 'html',
          contentType: 'text/html; charset=utf-8',
          content: Buffer.from(`<h1>${JSON.stringify(document)}</h1>`),
        },
        { format: 'pdf', contentType: 'application/pdf', content: Buffer.alloc(700 * 1024, 7) },
      ]);
    },
    fetchVersion: (budgetId, version) =>
      Promise.resolve({
        budgetId,
        number: version,
        contentHash: 'h',
        frozenAt: '',
        frozenBy: 'test',
        document: { v: version },
      }),
    scheduler: {
      publish: (budgetId, version) => Promise.resolve(void scheduled.push(`publish ${budgetId} ${version}`)),
      deliver: (budgetId, version, target) =>
        Promise.resolve(void scheduled.push(`deliver ${target} ${budgetId} ${version}`)),
      deadline: (budgetId, version, status) =>
        Promise.resolve(void scheduled.push(`deadline ${status} ${budgetId} ${version}`)),
    },
  });

  const approved = (budgetId: string, version = 1): EventEnvelope<Approval> => ({
    id: randomUUID(),
    type: 'budget.v1.approved',
    occurredAt: '2026-03-02T02:00:00.000Z',
    budgetId,
    correlationId: 'c',
    actor: { kind: 'user', id: 'reviewer' },
    data: { version, unitId: '130400-312', unitName: '邯郸市公安局', fiscalYear: 2026 },
  });

  const outbox = (subject: string) =>
    service.query<{ payload: EventEnvelope<Record<string, unknown>> }[]>(
      'SELECT payload FROM outbox WHERE subject = $1',
      [subject],
    );

  beforeAll(async () => {
    database = await createTestDatabase('publication');
    service = await openServiceDatabase({
      url: database.url,
      schema: 'publication',
      migrations: [CreateMessagingTables1763683200000, ...publicationCoreMigrations],
    });
    received = [];
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        if (failuresLeft > 0) {
          failuresLeft--;
          response.writeHead(503).end();
          return;
        }
        received.push({ signature: request.headers['x-budgetflow-signature'] as string | undefined, body });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => receiver.close(resolve));
    await service?.destroy();
    await database.drop();
  });

  it('records an approval once, whatever the redeliveries, with its jobs and the legal deadline', async () => {
    const budgetId = randomUUID();
    const event = approved(budgetId);
    await service.transaction((tx) => onApproved(deps(), event, tx));
    await service.transaction((tx) => onApproved(deps(), event, tx));
    const rows = await service.query<{ deadline: string }[]>(
      `SELECT to_char(deadline_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') AS deadline FROM publications WHERE budget_id = $1`,
      [budgetId],
    );
    expect(rows).toEqual([{ deadline: '2026-03-22T15:59:59' }]);
    expect(scheduled.filter((s) => s.includes(budgetId))).toEqual([
      `publish ${budgetId} 1`,
      `deadline near ${budgetId} 1`,
      `deadline missed ${budgetId} 1`,
    ]);
  });

  it('fails (to be retried) when the job runs before the approval it comes from is committed', async () => {
    await expect(publishBudget(deps(), { budgetId: randomUUID(), version: 1 })).rejects.toThrow(
      'not recorded yet',
    );
  });

  it('posts exactly once when the job crashes between render and post and then runs twice at once', async () => {
    const budgetId = randomUUID();
    await service.transaction((tx) => onApproved(deps(), approved(budgetId), tx));
    crashNextRender = true;
    await expect(publishBudget(deps(), { budgetId, version: 1 })).rejects.toThrow('died while rendering');
    const outcomes = await Promise.all([
      publishBudget(deps(), { budgetId, version: 1 }),
      publishBudget(deps(), { budgetId, version: 1 }),
    ]);
    expect(outcomes.sort()).toEqual(['already-posted', 'posted']);
    const published = (await outbox('budget.v1.published')).filter((e) => e.payload.budgetId === budgetId);
    expect(published).toHaveLength(1);
    expect(published[0].payload.data).toEqual({
      version: 1,
      url: 'https://portal.example/public/disclosures/130400-312/2026',
    });
    const [artifacts] = await service.query<{ count: string }[]>(
      'SELECT count(*) FROM artifacts WHERE budget_id = $1',
      [budgetId],
    );
    expect(artifacts?.count).toBe('2');
    await expect(service.query('DELETE FROM artifacts WHERE budget_id = $1', [budgetId])).rejects.toThrow(
      'immutable',
    );
  });

  it('serves posted files in chunks to the portal, and nothing of unposted ones', async () => {
    const posted = await listDisclosures(deps(), { unitId: '130400-312', fiscalYear: 2026 });
    expect(posted.length).toBeGreaterThan(0);
    const pending = randomUUID();
    await service.transaction((tx) => onApproved(deps(), approved(pending, 1), tx));
    const first = await getArtifactChunk(deps(), {
      unitId: '130400-312',
      fiscalYear: 2026,
      format: 'pdf',
      offset: 0,
    });
    expect(first).toMatchObject({ size: 700 * 1024, done: false, contentType: 'application/pdf' });
    const second = await getArtifactChunk(deps(), {
      unitId: '130400-312',
      fiscalYear: 2026,
      format: 'pdf',
      offset: 512 * 1024,
    });
    expect(second?.done).toBe(true);
    expect(Buffer.from(first!.chunk, 'base64').length + Buffer.from(second!.chunk, 'base64').length).toBe(
      700 * 1024,
    );
    expect(
      await getArtifactChunk(deps(), { unitId: '130400-312', fiscalYear: 2027, format: 'pdf', offset: 0 }),
    ).toBeNull();
  });

  it('delivers to an outbound target that fails twice, once it recovers, signed, and records it once', async () => {
    const budgetId = randomUUID();
    await service.transaction((tx) => onApproved(deps(), approved(budgetId), tx));
    await publishBudget(deps(), { budgetId, version: 1 });
    failuresLeft = 2;
    const job = { budgetId, version: 1, target: 'unit-website' };
    await expect(deliverPublication(deps(), job)).rejects.toThrow('unit-website answered 503');
    await expect(deliverPublication(deps(), job)).rejects.toThrow('unit-website answered 503');
    expect(await deliverPublication(deps(), job)).toBe('delivered');
    expect(await deliverPublication(deps(), job)).toBe('already-delivered');
    const mine = received.filter((r) => r.body.includes(budgetId));
    expect(mine).toHaveLength(1);
    expect(mine[0].signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    const [delivery] = await service.query<{ state: string; attempts: number }[]>(
      'SELECT state, attempts FROM deliveries WHERE budget_id = $1',
      [budgetId],
    );
    expect(delivery).toEqual({ state: 'delivered', attempts: 3 });
    expect((await outbox('budget.v1.delivered')).filter((e) => e.payload.budgetId === budgetId)).toHaveLength(
      1,
    );
  });

  it('warns about a missed deadline once, and not at all for a published budget', async () => {
    const late = randomUUID();
    await service.transaction((tx) => onApproved(deps(), approved(late), tx));
    expect(await checkPublicationDeadline(deps(), { budgetId: late, version: 1, status: 'missed' })).toBe(
      true,
    );
    await checkPublicationDeadline(deps(), { budgetId: late, version: 1, status: 'missed' });
    expect(
      (await outbox('budget.v1.publication-deadline')).filter((e) => e.payload.budgetId === late),
    ).toHaveLength(1);
    const onTime = randomUUID();
    await service.transaction((tx) => onApproved(deps(), approved(onTime), tx));
    await publishBudget(deps(), { budgetId: onTime, version: 1 });
    expect(await checkPublicationDeadline(deps(), { budgetId: onTime, version: 1, status: 'missed' })).toBe(
      false,
    );
    expect(renders).toBeGreaterThan(0);
  });
});
