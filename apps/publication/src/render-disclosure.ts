import { parseBudgetDocument } from '@budgetflow/budget-domain';
import {
  buildDisclosure,
  renderCsv,
  renderHtml,
  renderJson,
  renderPdf,
  renderXlsx,
} from '@budgetflow/disclosure';
import { DISCLOSURE_FORMATS, type DisclosureFormat } from '@budgetflow/contracts';
import type { RenderedArtifact, RenderOptions } from '@budgetflow/publication-core';

const asBuffer = (content: string | Buffer | Uint8Array): Buffer =>
  typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);

/** The chosen formats (PUBLICATION_FORMATS; all five by default) from one redacted rendering model. */
export async function renderDisclosureArtifacts(
  document: unknown,
  options: RenderOptions & { redactPersonalData: boolean; formats?: readonly DisclosureFormat[] },
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
  const render: Record<DisclosureFormat, () => Promise<RenderedArtifact>> = {
    html: () =>
      Promise.resolve({
        format: 'html',
        contentType: 'text/html; charset=utf-8',
        content: asBuffer(renderHtml(model)),
      }),
    pdf: async () => ({
      format: 'pdf',
      contentType: 'application/pdf',
      content: asBuffer(await renderPdf(model)),
    }),
    xlsx: async () => ({
      format: 'xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: asBuffer(await renderXlsx(model)),
    }),
    json: () =>
      Promise.resolve({
        format: 'json',
        contentType: 'application/json; charset=utf-8',
        content: asBuffer(renderJson(model)),
      }),
    csv: () =>
      Promise.resolve({
        format: 'csv',
        contentType: 'text/csv; charset=utf-8',
        content: asBuffer(renderCsv(model)),
      }),
  };
  const artifacts: RenderedArtifact[] = [];
  for (const format of options.formats ?? DISCLOSURE_FORMATS) artifacts.push(await render[format]());
  return artifacts;
}
