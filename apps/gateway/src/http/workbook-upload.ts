import type { FastifyInstance } from 'fastify';
import { MAX_WORKBOOK_BYTES } from '@budgetflow/contracts';

/** The media type of an .xlsx file. */
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A tables workbook is uploaded as the raw .xlsx bytes (POST /api/budgets/:id/import), up to
 * MAX_WORKBOOK_BYTES (larger: 413); the handler gets them as a Buffer.
 */
export function acceptWorkbookUploads(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    XLSX_CONTENT_TYPE,
    { parseAs: 'buffer', bodyLimit: MAX_WORKBOOK_BYTES },
    (_request, body, done) => done(null, body),
  );
}
