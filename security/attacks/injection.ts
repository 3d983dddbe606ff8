import ExcelJS from 'exceljs';
import {
  appendToFreeText,
  ATTRIBUTE_BREAK,
  correctedHandan2023,
  FORMULAS,
  SCRIPT,
  SQL,
  SVG,
  valueAt,
  type Json,
} from '../support/documents';
import { expectRefused, type Reply } from '../support/http';
import { saveDocument, UNITS, type SecurityContext, type Target } from '../support/security-context';

const SQL_CATEGORY = 'SQL injection';
const SCRIPT_CATEGORY = 'script injection (published output)';

/** 邯郸 2023 with a SQL fragment in every free-text field; answers the fields and their texts. */
export function sqlDocument(): { document: Json; written: Map<string, string> } {
  const document = correctedHandan2023();
  const written = appendToFreeText(document, (index) => `${index}${SQL}`);
  return { document, written };
}

/**
 * SQL fragments everywhere a string goes. Text that is data (names, narrative, comments) is stored
 * and returned verbatim, never executed; parameters with a format are refused with 400 naming them;
 * lookups find nothing; and afterwards every table is still there.
 */
export async function injectSql(context: SecurityContext, draft: Target): Promise<void> {
  const { tally, http, tokens } = context;
  const { document, written } = sqlDocument();
  await saveDocument(context, draft, document);
  await tally.attempt(
    SQL_CATEGORY,
    `SQL in ${written.size} free-text fields of the document is stored verbatim`,
    async () => {
      const read = await http.get(`/api/budgets/${draft.id}/document`, { token: tokens[draft.owner] });
      const stored = (read.body as { document: unknown }).document;
      const different = [...written].filter(([pointer, text]) => valueAt(stored, pointer) !== text);
      return different.length === 0
        ? undefined
        : `changed or lost: ${different.map(([pointer]) => pointer).join(', ')}`;
    },
  );
  const refusedAs = (name: string, send: () => Promise<Reply>, status: number, path?: string) =>
    expectRefused(tally, SQL_CATEGORY, name, send, { status, ...(path ? { path } : {}) });
  const token = tokens.handan;
  await refusedAs(
    'unitId on create',
    () => http.post('/api/budgets', { token, json: { unitId: `${UNITS.handan}${SQL}`, fiscalYear: 2034 } }),
    400,
    '/unitId',
  );
  await refusedAs(
    'list ?unitId=',
    () => http.get(`/api/budgets?unitId=${encodeURIComponent(`x' OR '1'='1`)}`, { token }),
    400,
    'unitId',
  );
  await refusedAs(
    'list ?state=',
    () => http.get(`/api/budgets?state=${encodeURIComponent(`draft' OR '1'='1`)}`, { token }),
    400,
    'state',
  );
  await refusedAs(
    'list ?fiscalYear=',
    () => http.get(`/api/budgets?fiscalYear=${encodeURIComponent('2022 OR 1=1')}`, { token }),
    400,
    'fiscalYear',
  );
  await refusedAs(
    'list with an unknown parameter',
    () => http.get(`/api/budgets?${encodeURIComponent('1=1;--')}=x`, { token }),
    400,
  );
  await refusedAs(
    'budget id in the path',
    () => http.get(`/api/budgets/${encodeURIComponent(`${draft.id}' OR '1'='1`)}`, { token }),
    404,
  );
  await refusedAs(
    'version in the path',
    () => http.get(`/api/budgets/${draft.id}/versions/${encodeURIComponent('1 OR 1=1')}`, { token }),
    404,
  );
  await refusedAs(
    'diff ?from=',
    () =>
      http.get(`/api/budgets/${draft.id}/diff?from=${encodeURIComponent('1; DROP TABLE budgets')}&to=1`, {
        token,
      }),
    400,
    'from',
  );
  await refusedAs(
    'login username',
    () => http.post('/api/auth/login', { json: { username: "admin'--", password: 'x' } }),
    401,
  );
  await refusedAs(
    'login password',
    () => http.post('/api/auth/login', { json: { username: 'admin', password: "' OR '1'='1" } }),
    401,
  );
  await refusedAs(
    'portal unit in the path',
    () => http.get(`/public/disclosures/${encodeURIComponent(`${UNITS.handan}' OR '1'='1`)}/2022`),
    404,
  );
  await refusedAs(
    'portal ?unitId=',
    () => http.get(`/public/disclosures?unitId=${encodeURIComponent(`x' OR 1=1 --`)}`),
    400,
    'unitId',
  );
  await tally.attempt(
    SQL_CATEGORY,
    'portal search ?q= with SQL finds nothing and fails nothing',
    async () => {
      const reply = await http.get(`/public/disclosures?q=${encodeURIComponent(`%' OR '1'='1' --`)}`);
      return reply.status === 200 && Array.isArray(reply.body) && reply.body.length === 0
        ? undefined
        : `${reply.status} ${reply.text.slice(0, 200)}`;
    },
  );
  await tally.attempt(
    SQL_CATEGORY,
    'every table is still there: all four budgets list for the reviewer',
    async () => {
      const reply = await http.get('/api/budgets', { token: tokens.reviewer });
      return Array.isArray(reply.body) && reply.body.length === 4
        ? undefined
        : `${reply.status} ${reply.text.slice(0, 300)}`;
    },
  );
}

/** A comment with SQL, kept verbatim by the workflow service (checked after the approval). */
export const SQL_COMMENT = `同意${SQL}`;

export async function checkSqlCommentKept(context: SecurityContext, budget: Target): Promise<void> {
  await context.tally.attempt(SQL_CATEGORY, 'an approval comment with SQL is stored verbatim', async () => {
    const reply = await context.http.get(`/api/budgets/${budget.id}`, { token: context.tokens.reviewer });
    const comments = (reply.body as { comments?: { text?: string }[] }).comments ?? [];
    return comments.some((comment) => comment.text === SQL_COMMENT)
      ? undefined
      : `not found in ${reply.text.slice(0, 400)}`;
  });
}

/** A tag, outside its quoted attribute values, that would run script. */
function activeMarkup(html: string): string[] {
  const found: string[] = [];
  if (/<script/i.test(html)) found.push('<script');
  for (const tag of html.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    const outsideQuotes = tag.replace(/"[^"]*"|'[^']*'/g, '""');
    if (/\son[a-z]+\s*=/i.test(outsideQuotes) || /^<(img|svg|iframe|object|embed)\b/i.test(tag))
      found.push(tag.slice(0, 80));
    if (/javascript:/i.test(tag)) found.push(tag.slice(0, 80));
  }
  return found;
}

const ESCAPED_SCRIPT = '&lt;script&gt;alert(1)&lt;/script&gt;';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/**
 * The published disclosure of the budget carrying script in every free-text field and formulas in
 * row names: HTML without active markup (the payloads only escaped, and present), JSON carrying
 * them as data, CSV with formula cells neutralised, XLSX without formulas, PDF without actions.
 */
export async function checkPublishedOutput(context: SecurityContext, budget: Target): Promise<void> {
  const { tally, http } = context;
  const base = `/public/disclosures/${budget.unitId}/${budget.fiscalYear}`;
  const html = await http.get(base, { headers: { accept: 'text/html' } });
  await tally.attempt(SCRIPT_CATEGORY, 'disclosure HTML has no active markup', () => {
    if (html.status !== 200) return `${html.status} ${html.text.slice(0, 200)}`;
    const active = activeMarkup(html.text);
    return active.length === 0 ? undefined : `raw markup: ${active.slice(0, 5).join(' | ')}`;
  });
  await tally.attempt(SCRIPT_CATEGORY, 'disclosure HTML shows the payloads, escaped', () => {
    const shown = html.text.split(ESCAPED_SCRIPT).length - 1;
    return shown >= 10
      ? undefined
      : `only ${shown} escaped payloads on the page (the attack did not reach it?)`;
  });
  await tally.attempt(
    SCRIPT_CATEGORY,
    'disclosure HTML carries a CSP that runs no script, and nosniff',
    () => {
      const csp = html.headers.get('content-security-policy') ?? '';
      const type = html.headers.get('content-type') ?? '';
      if (!type.startsWith('text/html')) return `content-type ${type}`;
      if (!/default-src 'none'/.test(csp) || /script-src/.test(csp)) return `CSP: ${csp || 'none'}`;
      return html.headers.get('x-content-type-options') === 'nosniff' ? undefined : 'no nosniff';
    },
  );
  for (const [name, path, accept] of [
    ['portal listing', '/public/disclosures', 'text/html'],
    ['unit page', `/public/disclosures/${budget.unitId}`, 'text/html'],
    ['search results', `/public/disclosures?q=${encodeURIComponent('公安')}`, 'text/html'],
  ] as const) {
    await tally.attempt(
      SCRIPT_CATEGORY,
      `${name} HTML has no active markup, has a CSP and nosniff`,
      async () => {
        const page = await http.get(path, { headers: { accept } });
        if (page.status !== 200) return `${page.status} ${page.text.slice(0, 200)}`;
        const active = activeMarkup(page.text);
        if (active.length > 0) return `raw markup: ${active.join(' | ')}`;
        if (!/default-src 'none'/.test(page.headers.get('content-security-policy') ?? '')) return 'no CSP';
        return page.headers.get('x-content-type-options') === 'nosniff' ? undefined : 'no nosniff';
      },
    );
  }
  await tally.attempt(
    SCRIPT_CATEGORY,
    'disclosure JSON carries the payloads as data, typed as JSON, nosniff',
    async () => {
      const json = await http.get(`${base}.json`);
      if (json.status !== 200 || json.body === undefined) return `${json.status} ${json.text.slice(0, 200)}`;
      if (!(json.headers.get('content-type') ?? '').startsWith('application/json'))
        return `content-type ${json.headers.get('content-type')}`;
      if (json.headers.get('x-content-type-options') !== 'nosniff') return 'no nosniff';
      const strings: string[] = [];
      const walk = (value: unknown): void => {
        if (typeof value === 'string') strings.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
      };
      walk(json.body);
      const carried = strings.filter(
        (text) => text.includes(SCRIPT) && text.includes(ATTRIBUTE_BREAK),
      ).length;
      return carried >= 10 ? undefined : `only ${carried} strings carry the payload verbatim`;
    },
  );
  await tally.attempt(
    SCRIPT_CATEGORY,
    'disclosure CSV: no cell starts a formula, the formulas are neutralised',
    async () => {
      const csv = await http.get(`${base}.csv`);
      if (csv.status !== 200) return `${csv.status} ${csv.text.slice(0, 200)}`;
      const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
      const header = rows[0] ?? [];
      const amountColumn = header.indexOf('amount');
      const dangerous = rows
        .slice(1)
        .flatMap((row) =>
          row.filter((cell, column) =>
            column === amountColumn
              ? !/^-?\d+(\.\d+)?$/.test(cell) && cell !== ''
              : /^[=+\-@\t\r]/.test(cell),
          ),
        );
      if (dangerous.length > 0) return `cells that start a formula: ${dangerous.slice(0, 5).join(' | ')}`;
      const neutralised = FORMULAS.filter(([, formula]) => rows.some((row) => row.includes(`'${formula}`)));
      return neutralised.length === FORMULAS.length
        ? undefined
        : `only ${neutralised.length} of ${FORMULAS.length} formula names are in the CSV, neutralised`;
    },
  );
  await tally.attempt(
    SCRIPT_CATEGORY,
    'disclosure XLSX has no formula cells and keeps the payloads as text',
    async () => {
      const response = await fetch(`${http.baseUrl}${base}.xlsx`);
      if (response.status !== 200) return `${response.status}`;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
      const formulas: string[] = [];
      let payloads = 0;
      workbook.eachSheet((sheet) =>
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula || cell.formula)
              formulas.push(`${sheet.name}!${cell.address}`);
            if (
              typeof cell.value === 'string' &&
              (cell.value.includes(SCRIPT) ||
                FORMULAS.some(([, f]) => cell.value === f || cell.value === `'${f}`))
            )
              payloads++;
          }),
        ),
      );
      if (formulas.length > 0) return `formula cells: ${formulas.slice(0, 5).join(', ')}`;
      return payloads > 0 ? undefined : 'no payload found in the workbook (the attack did not reach it?)';
    },
  );
  await tally.attempt(
    SCRIPT_CATEGORY,
    'disclosure PDF has no JavaScript, launch or open actions',
    async () => {
      const response = await fetch(`${http.baseUrl}${base}.pdf`);
      if (response.status !== 200) return `${response.status}`;
      const bytes = Buffer.from(await response.arrayBuffer()).toString('latin1');
      const actions = ['/JavaScript', '/JS ', '/JS(', '/Launch', '/OpenAction', '/AA ', '/SubmitForm'].filter(
        (name) => bytes.includes(name),
      );
      return actions.length === 0 ? undefined : `PDF contains ${actions.join(', ')}`;
    },
  );
  await tally.attempt(SCRIPT_CATEGORY, `the short payload ${SVG} in a sub-unit's nature is escaped`, () => {
    if (html.text.includes(SVG)) return 'raw <svg onload> on the page';
    return undefined;
  });
}
