import { Controller, Get, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  DISCLOSURE_FORMATS,
  ListDisclosures,
  type DisclosureFormat,
  type DisclosureListing,
} from '@budgetflow/contracts';
import { Public } from '../auth';
import { BackendClient } from '../backend/backend-client';
import { apiError } from '../http/api-error';
import { listFilter } from '../budgets/budget-query';
import { DisclosureFiles, portalContext } from './disclosure-files';
import { disclosuresPage, PORTAL_HTML_CSP } from './portal-pages';

const UNIT_ID = /^\d{6}-[0-9A-Za-z]{1,20}$/;
const FILE = /^(\d{4})(?:\.(html|pdf|xlsx|json|csv))?$/;

const wantsHtml = (accept: string | undefined) =>
  !!accept && /text\/html/.test(accept) && !/application\/json/.test(accept);

/**
 * The public portal: no sign-in, published disclosures only. Drafts and budgets in review are
 * never reachable here, because the publication service holds only what it posted.
 */
@Public()
@ApiTags('public portal')
@Controller('public/disclosures')
export class PublicDisclosuresHttpController {
  constructor(
    private readonly backend: BackendClient,
    private readonly files: DisclosureFiles,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Published disclosures (?fiscalYear=&unitId=&q=); HTML for browsers, JSON otherwise',
  })
  async list(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query() query: Record<string, string | undefined>,
    @Headers('accept') accept?: string,
  ): Promise<DisclosureListing[] | string> {
    const { q, ...rest } = query;
    if (q !== undefined && (q.length === 0 || q.length > 100))
      throw apiError(400, 'REQUEST.INVALID_QUERY', 'q must be 1 to 100 characters');
    const filter = listFilter(rest);
    if (filter.state) throw apiError(400, 'REQUEST.INVALID_QUERY', 'unknown query parameter state');
    const listings = await this.backend.call(ListDisclosures, portalContext(request.id), {
      ...filter,
      ...(q ? { q } : {}),
    });
    void reply.header('cache-control', 'public, max-age=60');
    if (!wantsHtml(accept)) return listings;
    void reply.type('text/html; charset=utf-8').header('content-security-policy', PORTAL_HTML_CSP);
    return disclosuresPage('部门预算信息公开', listings);
  }

  @Get(':unitId')
  @ApiOperation({ summary: 'Every published year of a unit' })
  async unit(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('unitId') unitId: string,
    @Headers('accept') accept?: string,
  ): Promise<DisclosureListing[] | string> {
    if (!UNIT_ID.test(unitId)) throw apiError(404, 'DISCLOSURE.NOT_FOUND', 'no such unit on the portal');
    const listings = await this.backend.call(ListDisclosures, portalContext(request.id), { unitId });
    if (listings.length === 0)
      throw apiError(404, 'DISCLOSURE.NOT_FOUND', `unit ${unitId} has published nothing`);
    void reply.header('cache-control', 'public, max-age=60');
    if (!wantsHtml(accept) && accept?.includes('application/json')) return listings;
    void reply.type('text/html; charset=utf-8').header('content-security-policy', PORTAL_HTML_CSP);
    return disclosuresPage(`${listings[0].unitName} 部门预算信息公开`, listings);
  }

  @Get(':unitId/:file')
  @ApiOperation({
    summary: 'A disclosure: /public/disclosures/130400-312/2022(.html|.pdf|.xlsx|.json|.csv)[?version=n]',
  })
  async file(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Param('unitId') unitId: string,
    @Param('file') file: string,
    @Query('version') versionText?: string,
    @Headers('if-none-match') ifNoneMatch?: string,
  ): Promise<Buffer | undefined> {
    const match = FILE.exec(file);
    if (!UNIT_ID.test(unitId) || !match) throw apiError(404, 'DISCLOSURE.NOT_FOUND', 'no such disclosure');
    if (versionText !== undefined && !/^[1-9]\d{0,5}$/.test(versionText)) {
      throw apiError(400, 'REQUEST.INVALID_QUERY', 'version must be a version number');
    }
    const format = (match[2] ?? 'html') as DisclosureFormat;
    if (!DISCLOSURE_FORMATS.includes(format)) throw apiError(404, 'DISCLOSURE.NOT_FOUND', 'no such format');
    const found = await this.files.get(
      unitId,
      Number(match[1]),
      format,
      versionText ? Number(versionText) : undefined,
      request.id,
    );
    if (!found)
      throw apiError(404, 'DISCLOSURE.NOT_FOUND', `no published disclosure of ${unitId} for ${match[1]}`);
    const etag = `"${found.contentHash}"`;
    void reply
      .header('etag', etag)
      .header('cache-control', versionText ? 'public, max-age=86400, immutable' : 'public, max-age=300')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', PORTAL_HTML_CSP)
      .type(found.contentType);
    if (format !== 'html') {
      const disposition = format === 'pdf' ? 'inline' : 'attachment';
      void reply.header(
        'content-disposition',
        `${disposition}; filename="${unitId}-${match[1]}-v${found.version}.${format}"`,
      );
    }
    if (ifNoneMatch === etag) {
      void reply.status(304);
      return undefined;
    }
    return found.content;
  }
}
