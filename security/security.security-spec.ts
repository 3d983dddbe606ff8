import { attackAuthentication } from './attacks/authentication';
import { sendBadInput, sendImplausibleValues } from './attacks/bad-input';
import { attackFunctions } from './attacks/function-level';
import { checkErrorHygiene, checkHeaders } from './attacks/headers';
import {
  checkPublishedOutput,
  checkSqlCommentKept,
  injectSql,
  SQL_COMMENT,
  sqlDocument,
} from './attacks/injection';
import { smuggleIntoDecisions, smuggleIntoDraftRequests } from './attacks/mass-assignment';
import {
  attackIdempotencyReplay,
  attackOtherUnitsBudgets,
  attackPortalUnpublished,
} from './attacks/object-level';
import { hostileHandan2022 } from './support/documents';
import {
  checkDraft,
  prepareContext,
  saveDocument,
  waitForState,
  type SecurityContext,
  type Target,
} from './support/security-context';
import { describeFailures, Tally } from './support/tally';

/**
 * The attacks of issue 7 through the HTTP API, every service a separate process on real
 * PostgreSQL, NATS JetStream and Redis. Each phase puts the budgets where the attacks mean
 * something (drafts, in review, approved, published), tries them, and fails if any was not
 * refused; the table of attempts is printed at the end.
 */
describe('security: the attacks, through the HTTP API', () => {
  const tally = new Tally();
  let context: SecurityContext;

  const submitAndReview = async (budget: Target) => {
    const submitted = await context.http.post(`/api/budgets/${budget.id}/submit`, {
      token: context.tokens[budget.owner],
    });
    if (submitted.status !== 200)
      throw new Error(`submit of ${budget.label}: ${submitted.status} ${submitted.text}`);
    await waitForState(context, budget, 'in_review');
  };
  const expectAllRefused = (from: number) => {
    const failures = tally.failuresSince(from);
    if (failures.length > 0)
      throw new Error(`${failures.length} attempt(s) not refused:\n${describeFailures(failures)}`);
  };

  beforeAll(async () => {
    context = await prepareContext(tally);
    // Both budgets must be clean budgets apart from their payloads, or they could not be approved.
    await saveDocument(context, context.handan2022, hostileHandan2022());
    await saveDocument(context, context.handan2023, sqlDocument().document);
    for (const budget of [context.handan2022, context.handan2023]) {
      const findings = await checkDraft(context, budget);
      if (findings.counts.error > 0)
        throw new Error(
          `${budget.label} has validation errors: ${JSON.stringify(findings.findings.filter((f) => f.severity === 'error').slice(0, 5))}`,
        );
    }
  }, 120_000);

  afterAll(async () => {
    process.stdout.write(`\nsecurity suite — attempts through the HTTP API\n\n${tally.table()}\n\n`);
    await context?.system.stop();
  }, 30_000);

  it('refuses bad input, smuggled fields and SQL on drafts, and changes nothing saved', async () => {
    const mark = tally.mark;
    await sendBadInput(context, context.handan2023);
    await sendImplausibleValues(context, context.handan2023);
    await smuggleIntoDraftRequests(context, context.handan2023);
    await injectSql(context, context.handan2023);
    expectAllRefused(mark);
  }, 120_000);

  it('keeps other units, other roles and the public out of budgets in review and drafts', async () => {
    await Promise.all([submitAndReview(context.handan2022), submitAndReview(context.handan2023)]);
    const mark = tally.mark;
    await attackOtherUnitsBudgets(context, [context.handan2022, context.jiyuan2020, context.julu2024]);
    await attackIdempotencyReplay(context, context.handan2022);
    await attackFunctions(context, context.handan2022, context.jiyuan2020);
    await smuggleIntoDecisions(context, context.handan2022);
    await attackPortalUnpublished(context, [
      context.handan2022,
      context.handan2023,
      context.jiyuan2020,
      context.julu2024,
    ]);
    expectAllRefused(mark);
  }, 120_000);

  it('publishes script and formulas only escaped, and keeps an approved budget off the portal until its date', async () => {
    const { http, tokens } = context;
    const later = new Date(Date.now() + 10 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const approvedLater = await http.post(`/api/budgets/${context.handan2023.id}/approve`, {
      token: tokens.reviewer,
      json: { comment: SQL_COMMENT, publishAt: later },
    });
    if (approvedLater.status !== 200)
      throw new Error(`approve 邯郸 2023: ${approvedLater.status} ${approvedLater.text}`);
    const approved = await http.post(`/api/budgets/${context.handan2022.id}/approve`, {
      token: tokens.reviewer,
      json: { comment: '同意' },
    });
    if (approved.status !== 200) throw new Error(`approve 邯郸 2022: ${approved.status} ${approved.text}`);
    await waitForState(context, context.handan2022, 'published', 90_000);
    const mark = tally.mark;
    await checkSqlCommentKept(context, context.handan2023);
    await attackPortalUnpublished(context, [context.handan2023]);
    await attackOtherUnitsBudgets(context, [context.handan2022, context.handan2023]);
    await checkPublishedOutput(context, context.handan2022);
    await checkHeaders(
      context,
      `/public/disclosures/${context.handan2022.unitId}/${context.handan2022.fiscalYear}`,
    );
    expectAllRefused(mark);
  }, 150_000);

  it('refuses forged, expired and tampered tokens, and limits sign-in attempts', async () => {
    const mark = tally.mark;
    await attackAuthentication(context);
    expectAllRefused(mark);
  }, 60_000);

  it('never answers with a stack trace, a database message or a 5xx', () => {
    const mark = tally.mark;
    checkErrorHygiene(context);
    expectAllRefused(mark);
  });
});
