import { parseBudgetDocument } from '@budgetflow/budget-domain';
import {
  buildDisclosure,
  renderCsv,
  renderHtml,
  renderJson,
  renderPdf,
  renderXlsx,
} from '@budgetflow/disclosure';
import type { RenderedArtifact, RenderOptions } from '@budgetflow/publication-core';

const asBuffer = (content: string | Buffer | Uint8Array): Buffer =>
  typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);

/** Every format of the disclosure from one redacted rendering model. */
export async function renderDisclosureArtifacts(
  document: unknown,
  options: RenderOptions & { redactPersonalData: boolean },
): Promise<RenderedArtifact[]> {
  const parsed = parseBudgetDocument(document);
  if (!parsed.ok)
    throw new Error(
      `the frozen version is not a valid budget document: ${parsed.errors[0]?.path} ${parsed.errors[0]?.message}`,
    );
  const model = buildDisclosure(parsed.document, {
    redactPersonalData: options.redactPersonalData,
    generatedAt: options.generatedAt,
    ...(options.correction
      ? {
          correction: {
            supersedes: options.correction.originalUrl,
            reason: `本公开为第${options.correction.supersedesVersion}版公开内容的更正版，原版仍可查阅。`,
          },
        }
      : {}),
  });
  return [
    { format: 'html', contentType: 'text/html; charset=utf-8', content: asBuffer(renderHtml(model)) },
    { format: 'pdf', contentType: 'application/pdf', content: asBuffer(await renderPdf(model)) },
    {
      format: 'xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: asBuffer(await renderXlsx(model)),
    },
    {
      format: 'json',
      contentType: 'application/json; charset=utf-8',
      content: asBuffer(renderJson(model)),
    },
    { format: 'csv', contentType: 'text/csv; charset=utf-8', content: asBuffer(renderCsv(model)) },
  ];
}
