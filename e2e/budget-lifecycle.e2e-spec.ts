import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AuditEntry, BudgetDetail, BudgetSummary, DraftView } from '@budgetflow/contracts';
import ExcelJS from 'exceljs';
import { ApiClient, eventually } from './support/api-client';
import { startSystem, type RunningSystem } from './support/running-system';

const goldenFindings = JSON.parse(
  readFileSync(
    path.resolve(__dirname, '..', 'tools', 'validate', 'golden', 'handan-psb-2022.findings.json'),
    'utf8',
  ),
) as unknown[];

const corrected = JSON.parse(
  readFileSync(path.resolve(__dirname, '..', 'seeds', 'examples', 'handan-psb-2022-corrected.json'), 'utf8'),
) as unknown;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook with its first table sheet changed by `edit`. */
async function editedWorkbook(bytes: Buffer, edit: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  edit(workbook.worksheets[1]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('a budget’s lifecycle through the HTTP API, every service a separate process', () => {
  let system: RunningSystem;
  let handan: ApiClient;
  let jiyuan: ApiClient;
  let reviewer: ApiClient;
  let budgetId: string;

  const detail = () => reviewer.get<BudgetDetail>(`/api/budgets/${budgetId}`).then((r) => r.body);
  const stateIs = (state: string) => (budget: BudgetDetail) => budget.state === state;

  beforeAll(async () => {
    system = await startSystem('e2elife');
    const { baseUrl } = system.environment;
    [handan, jiyuan, reviewer] = await Promise.all(
      ['handan', 'jiyuan', 'reviewer'].map((user) => ApiClient.signIn(baseUrl, user)),
    );
    const mine = await handan.get<BudgetSummary[]>('/api/budgets');
    budgetId = mine.body.find((b) => b.unitId === '130400-312' && b.fiscalYear === 2022)!.id;
  }, 90_000);

  afterAll(() => system?.stop(), 30_000);

  it('returns the seeded 邯郸 2022 draft with the validation findings when it is submitted', async () => {
    const submitted = await handan.post(`/api/budgets/${budgetId}/submit`);
    expect(submitted).toMatchObject({ status: 200, body: { version: 1 } });
    const returned = await eventually(detail, stateIs('returned'));
    expect(returned.latestFindings?.version).toBe(1);
    expect(returned.latestFindings?.counts.error).toBeGreaterThan(0);
    // The authors' own mistake: the narrative's "三公" total is not the table's.
    expect(returned.latestFindings?.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'NAR-FIG-001', actual: '906.49', expected: '726.08' }),
    );
    // The service path gives exactly what the CLI (validateDocument) gives: the reviewed golden list.
    expect(returned.latestFindings?.findings).toEqual(goldenFindings);
  }, 30_000);

  it('lets only the unit edit its returned draft, and refuses a stale revision', async () => {
    const draft = await eventually(
      () => handan.get<DraftView>(`/api/budgets/${budgetId}/document`).then((r) => r.body),
      (d) => d.editable,
    );
    expect(await jiyuan.put(`/api/budgets/${budgetId}/document`, corrected)).toMatchObject({ status: 404 });
    expect(await reviewer.put(`/api/budgets/${budgetId}/document`, corrected)).toMatchObject({ status: 403 });
    const saved = await handan.put(`/api/budgets/${budgetId}/document`, corrected, {
      'if-match': String(draft.revision),
    });
    expect(saved).toMatchObject({ status: 200, body: { revision: draft.revision + 1 } });
    const stale = await handan.put(`/api/budgets/${budgetId}/document`, corrected, {
      'if-match': String(draft.revision),
    });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: 'BUDGET.REVISION_CONFLICT' } } });
  });

  it('exports the draft’s tables as a workbook and imports it back, naming the cell of a mistake', async () => {
    const url = `/api/budgets/${budgetId}`;
    const exported = await handan.fetch(`${url}/workbook`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toContain('spreadsheetml');
    const original = Buffer.from(await exported.arrayBuffer());
    const before = (await handan.get<DraftView>(`/api/budgets/${budgetId}/document`)).body;

    const upload = (client: ApiClient, body: Buffer) =>
      client.fetch(`${url}/import`, { method: 'POST', body, headers: { 'content-type': XLSX } });
    // A typo in one amount: refused with the sheet and cell, and nothing saved.
    const typo = await editedWorkbook(original, (sheet) => (sheet.getCell('G5').value = '46,003.87'));
    const refused = await upload(handan, typo);
    expect(refused.status).toBe(400);
    const error = ((await refused.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('BUDGET.INVALID_WORKBOOK');
    expect(error.message).toMatch(/^the workbook is not valid: 1-[^!]+!G5 "46,003.87" is not an amount/);
    expect((await handan.get<DraftView>(`/api/budgets/${budgetId}/document`)).body.revision).toBe(
      before.revision,
    );
    // Larger than any tables workbook: refused before it is read.
    expect((await upload(handan, Buffer.alloc(700 * 1024))).status).toBe(413);
    // Only the unit's submitter may import; another unit does not even see the budget.
    expect((await upload(reviewer, original)).status).toBe(403);
    expect((await upload(jiyuan, original)).status).toBe(404);

    // A changed amount is taken as the cell shows it (its format has two decimals); importing the
    // original puts the tables back.
    const changed = await editedWorkbook(original, (sheet) => (sheet.getCell('G5').value = 12345.6));
    expect((await upload(handan, changed)).status).toBe(200);
    const after = (await handan.get<DraftView>(`/api/budgets/${budgetId}/document`)).body;
    expect(after.revision).toBe(before.revision + 1);
    const tables = (doc: unknown) =>
      (doc as { tables: { rows: { amounts: Record<string, string> }[] }[] }).tables;
    expect(Object.values(tables(after.document)[0].rows[0].amounts)).toContain('12345.60');
    expect((await upload(handan, original)).status).toBe(200);
    const restored = (await handan.get<DraftView>(`/api/budgets/${budgetId}/document`)).body;
    expect(tables(restored.document)).toEqual(tables(before.document));
  });

  it('answers 304 while the budget is unchanged, and wakes a waiting reader when it changes', async () => {
    const url = `/api/budgets/${budgetId}`;
    const first = await handan.get<BudgetDetail>(url);
    const etag = first.headers.get('etag')!;
    expect(first.body.state).toBe('returned');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const unchanged = await handan.request('GET', url, undefined, { 'if-none-match': etag });
    expect(unchanged).toMatchObject({ status: 304, body: undefined });
    expect(unchanged.headers.get('etag')).toBe(etag);
    // Another unit is refused before any wait: it cannot learn when someone else's budget changes.
    const waitHeaders = { 'if-none-match': etag, prefer: 'wait=20' };
    const started = Date.now();
    expect(await jiyuan.request('GET', url, undefined, waitHeaders)).toMatchObject({ status: 404 });
    expect(Date.now() - started).toBeLessThan(5_000);
    const shortWait = await handan.request('GET', url, undefined, { ...waitHeaders, prefer: 'wait=1' });
    expect(shortWait.status).toBe(304);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);

    const waiting = handan.request<BudgetDetail>('GET', url, undefined, waitHeaders);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const submittedAt = Date.now();
    expect(await handan.post(`/api/budgets/${budgetId}/submit`)).toMatchObject({
      status: 200,
      body: { version: 2 },
    });
    const woken = await waiting;
    expect(woken.status).toBe(200);
    expect(woken.body.state).not.toBe('returned');
    expect(woken.headers.get('etag')).not.toBe(etag);
    // Woken by the change, long before the 20 s it was willing to wait.
    expect(Date.now() - submittedAt).toBeLessThan(10_000);
  }, 30_000);

  it('puts the corrected, resubmitted budget in review', async () => {
    const inReview = await eventually(detail, stateIs('in_review'));
    expect(inReview).toMatchObject({ version: 2, latestFindings: { version: 2, counts: { error: 0 } } });
    expect(inReview.reviewDueAt).toBeDefined();
    expect(await reviewer.get(`/api/budgets/${budgetId}/versions/2`)).toMatchObject({
      status: 200,
      body: { budgetId, number: 2, contentHash: expect.any(String) as string },
    });
    expect(await reviewer.get(`/api/budgets/${budgetId}/versions/3`)).toMatchObject({
      status: 404,
      body: { error: { code: 'BUDGET.VERSION_NOT_FOUND' } },
    });
    const diff = await reviewer.get<{ differences: { path: string }[] }>(
      `/api/budgets/${budgetId}/diff?from=1&to=2`,
    );
    expect(diff.status).toBe(200);
    expect(diff.body.differences.length).toBeGreaterThan(0);
  }, 30_000);

  it('keeps other units out and reviewers’ powers from submitters', async () => {
    expect(await jiyuan.get(`/api/budgets/${budgetId}`)).toMatchObject({ status: 404 });
    expect(await jiyuan.get(`/api/budgets/${budgetId}/history`)).toMatchObject({ status: 404 });
    expect(await jiyuan.get(`/api/budgets/${budgetId}/versions/1`)).toMatchObject({ status: 404 });
    expect(await jiyuan.post(`/api/budgets/${budgetId}/check`)).toMatchObject({ status: 404 });
    const theirs = await jiyuan.get<BudgetSummary[]>('/api/budgets');
    expect(theirs.body.map((b) => b.unitId)).toEqual(['419001-020']);
    expect(await handan.post(`/api/budgets/${budgetId}/approve`)).toMatchObject({
      status: 403,
      body: { error: { code: 'AUTH.FORBIDDEN' } },
    });
  });

  it('returns the budget with an item comment, and takes it back once resubmitted', async () => {
    const itemComment = { path: '/tables/8/rows/2', label: '“三公”经费小计', text: '请说明较上年增加的原因' };
    const returned = await reviewer.post(`/api/budgets/${budgetId}/return`, {
      comment: '请补充“三公”经费增减原因说明',
      itemComments: [itemComment],
    });
    expect(returned).toMatchObject({ status: 200, body: { state: 'returned' } });
    expect((await detail()).comments).toContainEqual(expect.objectContaining(itemComment));
    await eventually(
      () => handan.get<DraftView>(`/api/budgets/${budgetId}/document`).then((r) => r.body),
      (d) => d.editable,
    );
    expect(await handan.post(`/api/budgets/${budgetId}/submit`)).toMatchObject({
      status: 200,
      body: { version: 3 },
    });
    await eventually(detail, stateIs('in_review'));
  }, 30_000);

  it('approves once when two reviewers approve at the same moment', async () => {
    const other = await ApiClient.signIn(system.environment.baseUrl, 'reviewer');
    const results = await Promise.all([
      reviewer.post(`/api/budgets/${budgetId}/approve`, { comment: '同意' }),
      other.post(`/api/budgets/${budgetId}/approve`, { comment: '同意' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await detail()).state).toBe('approved');
  });

  it('changes nothing when the same POST is replayed with the same Idempotency-Key', async () => {
    const key = { 'idempotency-key': `check-${budgetId}` };
    const first = await handan.post(`/api/budgets/${budgetId}/check`, {}, key);
    const replay = await handan.post(`/api/budgets/${budgetId}/check`, {}, key);
    expect(replay.status).toBe(first.status);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    const approveAgain = await reviewer.post(
      `/api/budgets/${budgetId}/approve`,
      {},
      { 'idempotency-key': 'a1' },
    );
    const approveReplay = await reviewer.post(
      `/api/budgets/${budgetId}/approve`,
      {},
      { 'idempotency-key': 'a1' },
    );
    expect(approveAgain.status).toBe(409);
    expect(approveReplay).toMatchObject({ status: 409, body: approveAgain.body });
  });

  it('records every step in an audit trail whose hash chain verifies', async () => {
    const history = await reviewer.get<{ entries: AuditEntry[]; chainValid: boolean }>(
      `/api/budgets/${budgetId}/history`,
    );
    expect(history.body.chainValid).toBe(true);
    expect(history.body.entries.map((e) => [e.action, e.from ?? null, e.to])).toEqual([
      ['created', null, 'draft'],
      ['submitted', 'draft', 'submitted'],
      ['returned', 'submitted', 'returned'],
      ['submitted', 'returned', 'submitted'],
      ['validated', 'submitted', 'in_review'],
      ['returned', 'in_review', 'returned'],
      ['submitted', 'returned', 'submitted'],
      ['validated', 'submitted', 'in_review'],
      ['approved', 'in_review', 'approved'],
    ]);
    expect(history.body.entries.every((e) => e.correlationId.length > 0)).toBe(true);
  });

  it('publishes the approved budget on the public portal in every format, without anyone lifting a finger', async () => {
    const { baseUrl } = system.environment;
    await eventually(detail, stateIs('published'), 60_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${system.recentOutput()}`);
    });
    const page = await fetch(`${baseUrl}/public/disclosures/130400-312/2022`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('邯郸市公安局');
    expect(html).toContain('部门预算收支总表');
    const etag = page.headers.get('etag')!;
    expect(
      (await fetch(`${baseUrl}/public/disclosures/130400-312/2022`, { headers: { 'if-none-match': etag } }))
        .status,
    ).toBe(304);
    for (const [format, type] of [
      ['pdf', 'application/pdf'],
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['json', 'application/json'],
      ['csv', 'text/csv'],
    ]) {
      const file = await fetch(`${baseUrl}/public/disclosures/130400-312/2022.${format}`);
      expect([format, file.status, file.headers.get('content-type')?.split(';')[0]]).toEqual([
        format,
        200,
        type,
      ]);
    }
    const listing = (await (await fetch(`${baseUrl}/public/disclosures?fiscalYear=2022`)).json()) as {
      unitId: string;
    }[];
    expect(listing.map((d) => d.unitId)).toEqual(['130400-312']);
    // Drafts never reach the portal.
    expect((await fetch(`${baseUrl}/public/disclosures/419001-020/2020`)).status).toBe(404);
    const history = await reviewer.get<{ entries: AuditEntry[]; chainValid: boolean }>(
      `/api/budgets/${budgetId}/history`,
    );
    expect(history.body.entries.at(-1)).toMatchObject({
      action: 'published',
      from: 'approved',
      to: 'published',
    });
    expect(history.body.chainValid).toBe(true);
  }, 90_000);

  it('republishes an amended budget as a correction that supersedes the original, which stays available', async () => {
    const { baseUrl } = system.environment;
    expect(await handan.post(`/api/budgets/${budgetId}/amend`, { reason: '更正项目名称' })).toMatchObject({
      status: 200,
      body: { state: 'draft' },
    });
    const draft = await eventually(
      () => handan.get<DraftView>(`/api/budgets/${budgetId}/document`).then((r) => r.body),
      (d) => d.editable,
    );
    const amended = structuredClone(draft.document) as { unit: { duties: string[] } };
    amended.unit.duties = [...amended.unit.duties, '（十七）更正：补充职责说明。'];
    expect((await handan.put(`/api/budgets/${budgetId}/document`, amended)).status).toBe(200);
    expect(await handan.post(`/api/budgets/${budgetId}/submit`)).toMatchObject({
      status: 200,
      body: { version: 4 },
    });
    await eventually(detail, stateIs('in_review'));
    expect((await reviewer.post(`/api/budgets/${budgetId}/approve`, {})).status).toBe(200);
    await eventually(detail, stateIs('published'), 60_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${system.recentOutput()}`);
    });
    const listing = (await (
      await fetch(`${baseUrl}/public/disclosures/130400-312`, { headers: { accept: 'application/json' } })
    ).json()) as {
      version: number;
      supersedesVersion: number | null;
      supersededByVersion: number | null;
    }[];
    expect(listing.map((d) => [d.version, d.supersedesVersion, d.supersededByVersion])).toEqual([
      [4, 3, null],
      [3, null, 4],
    ]);
    // The portal keeps a published page in memory for a few seconds; the correction shows up after that.
    await eventually(
      () => fetch(`${baseUrl}/public/disclosures/130400-312/2022`).then((r) => r.text()),
      (html) => html.includes('补充职责说明'),
      20_000,
    );
    const original = await fetch(`${baseUrl}/public/disclosures/130400-312/2022?version=3`);
    expect(original.status).toBe(200);
    expect(await original.text()).not.toContain('补充职责说明');
  }, 120_000);
});
