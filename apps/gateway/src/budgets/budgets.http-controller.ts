import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Static } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import {
  AmendBudget,
  ApproveBudget,
  CheckDraft,
  CreateBudget,
  DiffVersions,
  ExportTablesWorkbook,
  GetBudget,
  GetDraft,
  GetHistory,
  GetVersion,
  ImportTablesWorkbook,
  ListBudgets,
  ReplaceDocument,
  ReturnBudget,
  SubmitBudget,
  budgetNotFoundError,
  inScope,
  type CommandContext,
} from '@budgetflow/contracts';
import { UnitRepository } from '@budgetflow/identity';
import { CurrentCommandContext, Roles } from '../auth';
import { BackendClient, CommandFailedError } from '../backend/backend-client';
import { apiError } from '../http/api-error';
import { Idempotent } from '../http/idempotency.interceptor';
import { XLSX_CONTENT_TYPE } from '../http/workbook-upload';
import { NoBody } from '../http/no-body.pipe';
import { ApiTypeBoxBody, TypeBoxBody } from '../http/typebox-body.pipe';
import { BudgetDetailCache, type CachedBudgetDetail } from './budget-detail-cache';
import { entityTag, noneMatchHits, preferredWaitMs } from './conditional-read';
import { AmendBody, ApproveBody, CreateBudgetBody, ReturnBody } from './budget-request.schemas';
import { listFilter, revisionFromIfMatch, versionQuery } from './budget-query';

const BudgetId = new ParseUUIDPipe({ version: undefined, errorHttpStatusCode: 404 });

/** The budgets API (DESIGN.md): every call carries the caller's scope to the service that owns the data. */
@ApiTags('budgets')
@ApiBearerAuth()
@Controller('api/budgets')
export class BudgetsHttpController {
  constructor(
    private readonly backend: BackendClient,
    private readonly units: UnitRepository,
    private readonly details: BudgetDetailCache,
  ) {}

  /** A command that changes the budget: this gateway's copy of it is dropped before the answer. */
  private changing<T>(budgetId: string, command: Promise<T>): Promise<T> {
    return command.finally(() => this.details.changed(budgetId));
  }

  @Post()
  @Idempotent()
  @Roles('submitter')
  @ApiOperation({ summary: 'Start the draft of a unit’s budget for a fiscal year' })
  @ApiTypeBoxBody(CreateBudgetBody)
  async create(
    @CurrentCommandContext() context: CommandContext,
    @TypeBoxBody(CreateBudgetBody) body: Static<typeof CreateBudgetBody>,
  ) {
    const [unit] = await this.units.listInScope({ unitIds: [body.unitId] });
    if (!unit || !inScope(context.scope, unit.id)) {
      throw apiError(404, 'UNIT.NOT_FOUND', `unit ${body.unitId} was not found`);
    }
    return this.backend.call(CreateBudget, context, {
      unitId: unit.id,
      unitName: unit.name,
      fiscalYear: body.fiscalYear,
    });
  }

  @Get()
  @ApiOperation({ summary: 'The budgets the caller may see, filtered by state, unit and fiscal year' })
  list(@CurrentCommandContext() context: CommandContext, @Query() query: Record<string, string | undefined>) {
    return this.backend.call(ListBudgets, context, listFilter(query));
  }

  @Get(':id')
  @ApiOperation({
    summary: 'State, version, latest findings and comments',
    description:
      'Answers an ETag. With `If-None-Match: <that tag>` it answers 304 while nothing changed; adding ' +
      '`Prefer: wait=N` (N ≤ 30 seconds) holds the request until the budget changes or N seconds pass.',
  })
  async get(
    @CurrentCommandContext() context: CommandContext,
    @Param('id', BudgetId) budgetId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('if-none-match') ifNoneMatch?: string,
    @Headers('prefer') prefer?: string,
  ): Promise<Buffer | undefined> {
    const read = async () => {
      const detail = await this.details.get(budgetId, async () => {
        const value = await this.backend.call(GetBudget, context, { budgetId });
        const json = Buffer.from(JSON.stringify(value));
        return { unitId: value.unitId, json, etag: entityTag(json) };
      });
      // The copy may have been loaded by someone else: this caller's scope decides.
      if (!inScope(context.scope, detail.unitId)) throw new CommandFailedError(budgetNotFoundError(budgetId));
      return detail;
    };
    const unchanged = (detail: CachedBudgetDetail) => noneMatchHits(ifNoneMatch, detail.etag);
    const waitMs = ifNoneMatch === undefined ? 0 : preferredWaitMs(prefer);
    const detail = await this.details.whenChanged(budgetId, unchanged, waitMs, read);
    void reply.header('etag', detail.etag).header('cache-control', 'private, no-cache');
    if (unchanged(detail)) {
      void reply.status(304);
      return undefined;
    }
    void reply.type('application/json; charset=utf-8');
    return detail.json;
  }

  @Get(':id/document')
  @ApiOperation({ summary: 'The working draft and its revision (send it back in If-Match when you PUT)' })
  document(@CurrentCommandContext() context: CommandContext, @Param('id', BudgetId) budgetId: string) {
    return this.backend.call(GetDraft, context, { budgetId });
  }

  @Put(':id/document')
  @Roles('submitter')
  @ApiOperation({
    summary: 'Replace the draft’s document (JSON, schema at /api/schema/budget-document.json)',
  })
  replace(
    @CurrentCommandContext() context: CommandContext,
    @Param('id', BudgetId) budgetId: string,
    @Body() document: unknown,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.backend.call(ReplaceDocument, context, {
      budgetId,
      document,
      ...revisionFromIfMatch(ifMatch),
    });
  }

  @Get(':id/workbook')
  @ApiOperation({
    summary:
      'The draft’s tables as an .xlsx to fill in and import again (the nine standard tables when it has none)',
  })
  async workbook(
    @CurrentCommandContext() context: CommandContext,
    @Param('id', BudgetId) budgetId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { workbook, revision } = await this.backend.call(ExportTablesWorkbook, context, { budgetId });
    void reply
      .type(XLSX_CONTENT_TYPE)
      .header('content-disposition', `attachment; filename="budget-${budgetId}-tables.xlsx"`)
      .header('etag', `"${revision}"`)
      .header('cache-control', 'private, no-store');
    return Buffer.from(workbook, 'base64');
  }

  @Post(':id/import')
  @Idempotent()
  @Roles('submitter')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Import into the draft: the JSON document (application/json) replaces it; a tables workbook ' +
      '(the .xlsx from GET …/workbook, filled in) replaces its tables. If-Match: <revision> guards against lost edits.',
  })
  import(
    @CurrentCommandContext() context: CommandContext,
    @Param('id', BudgetId) budgetId: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch?: string,
  ) {
    const revision = revisionFromIfMatch(ifMatch);
    if (Buffer.isBuffer(body)) {
      return this.backend.call(ImportTablesWorkbook, context, {
        budgetId,
        workbook: body.toString('base64'),
        ...revision,
      });
    }
    return this.backend.call(ReplaceDocument, context, { budgetId, document: body, ...revision });
  }

  @Post(':id/check')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: 'Dry-run validation of the draft: the findings, nothing changes' })
  check(
    @CurrentCommandContext() context: CommandContext,
    @Param('id', BudgetId) budgetId: string,
    @NoBody() _body: undefined,
  ) {
    return this.backend.call(CheckDraft, context, { budgetId });
  }

  @Post(':id/submit')
  @Idempotent()
  @Roles('submitter')
  @HttpCode(200)
  @ApiOperation({ summary: 'Freeze the draft as a numbered version and submit it' })
  submit(
    @CurrentCommandContext() context: CommandContext,
    @Param('id', BudgetId) budgetId: string,
    @NoBody() _body: undefined,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.changing(
      budgetId,
      this.backend.call(SubmitBudget, context, { budgetId, ...revisionFromIfMatch(ifMatch) }),
    );
  }

  @Post(':id/approve')
  @Idempotent()
  @Roles('reviewer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a budget in review (批复)' })
  @ApiTypeBoxBody(ApproveBody)
  approve(
    @CurrentCommandContext() context: CommandContext,
    @Param('id', BudgetId) budgetId: string,
    @TypeBoxBody(ApproveBody) body: Static<typeof ApproveBody>,
  ) {
    return this.changing(budgetId, this.backend.call(ApproveBudget, context, { budgetId, ...body }));
  }

  @Post(':id/return')
  @Idempotent()
  @Roles('reviewer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return a budget in review to its unit, with comments on it and on items' })
  @ApiTypeBoxBody(ReturnBody)
  return(
    @CurrentCommandContext() context: CommandContext,
    @Param('id', BudgetId) budgetId: string,
    @TypeBoxBody(ReturnBody) body: Static<typeof ReturnBody>,
  ) {
    return this.changing(budgetId, this.backend.call(ReturnBudget, context, { budgetId, ...body }));
  }

  @Post(':id/amend')
  @Idempotent()
  @Roles('submitter')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a published budget for an amendment; it is republished as a correction' })
  @ApiTypeBoxBody(AmendBody)
  amend(
    @CurrentCommandContext() context: CommandContext,
    @Param('id', BudgetId) budgetId: string,
    @TypeBoxBody(AmendBody) body: Static<typeof AmendBody>,
  ) {
    return this.changing(budgetId, this.backend.call(AmendBudget, context, { budgetId, ...body }));
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'The audit trail, with the verdict of its hash chain' })
  history(@CurrentCommandContext() context: CommandContext, @Param('id', BudgetId) budgetId: string) {
    return this.backend.call(GetHistory, context, { budgetId });
  }

  @Get(':id/versions/:n')
  @ApiOperation({ summary: 'A frozen version as it was submitted' })
  version(
    @CurrentCommandContext() context: CommandContext,
    @Param('id', BudgetId) budgetId: string,
    @Param('n', new ParseIntPipe({ errorHttpStatusCode: 404 })) version: number,
  ) {
    return this.backend.call(GetVersion, context, { budgetId, version });
  }

  @Get(':id/diff')
  @ApiOperation({ summary: 'What changed between two frozen versions (?from=&to=)' })
  diff(
    @CurrentCommandContext() context: CommandContext,
    @Param('id', BudgetId) budgetId: string,
    @Query('from', versionQuery('from')) from: number,
    @Query('to', versionQuery('to')) to: number,
  ) {
    return this.backend.call(DiffVersions, context, { budgetId, from, to });
  }
}
