import { STANDARD_TABLES } from '@budgetflow/budget-domain';
import { buildDisclosure } from '../../model/build-disclosure';
import { pdfFonts, pdfText } from '../../testing/poppler';
import { loadSeed } from '../../testing/seed-documents';
import { renderPdf } from './render-pdf';

const model = buildDisclosure(loadSeed('handan-psb-2022'), { generatedAt: '2022-02-10T08:00:00.000Z' });

describe('renderPdf', () => {
  let pdf: Buffer;
  let text: string;
  beforeAll(async () => {
    pdf = await renderPdf(model);
    text = pdfText(pdf).replace(/\s+/g, '');
  }, 30_000);

  it('is a PDF whose text holds the nine table titles and the narrative, in Chinese', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    for (const table of model.budgetPart.tables) expect(text).toContain(table.caption.replace(/\s+/g, ''));
    expect(model.budgetPart.tables).toHaveLength(STANDARD_TABLES.length);
    expect(text).toContain('邯郸市公安局2022年部门预算信息公开');
    expect(text).toContain('第二部分情况说明');
    expect(text).toContain('“三公”经费预算安排726.08万元');
    expect(text).toContain('46003.87');
  });

  it('embeds the CJK font as a Unicode-mapped subset, so text is searchable and copyable', () => {
    const fonts = pdfFonts(pdf).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts)
      expect(line).toMatch(/WenQuanYiMicroHei\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  });

  it('gives the same bytes for the same model', async () => {
    expect((await renderPdf(model)).equals(pdf)).toBe(true);
  }, 30_000);

  it('renders the Henan layout and a targets-only document', async () => {
    for (const seed of ['jiyuan-psb-2020', 'julu-psb-2024'] as const) {
      const other = buildDisclosure(loadSeed(seed), { generatedAt: '2022-02-10T08:00:00.000Z' });
      const otherText = pdfText(await renderPdf(other)).replace(/\s+/g, '');
      expect(otherText).toContain(other.title.replace(/\s+/g, ''));
      expect(otherText).toContain(other.projects[0]?.heading.replace(/\s+/g, ''));
    }
  }, 60_000);
});
