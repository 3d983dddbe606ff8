import ExcelJS from 'exceljs';
import { buildDisclosure } from '../model/build-disclosure';
import type { Disclosure, DisclosureOptions } from '../model/disclosure.model';
import { pdfText } from '../testing/poppler';
import {
  ATTRIBUTE_BREAK,
  CLASSIFIED_PROJECT_NAME,
  FORMULA,
  SCRIPT,
  SECRETS,
  hostileHandan,
  loadSeed,
} from '../testing/seed-documents';
import { renderCsv } from './data/render-csv';
import { renderJson } from './data/render-json';
import { renderHtml } from './html/render-html';
import { renderPdf } from './pdf/render-pdf';
import { renderXlsx } from './xlsx/render-xlsx';

interface Outputs {
  readonly html: string;
  readonly pdfText: string;
  readonly xlsxCells: string;
  readonly xlsxFormulas: number;
  readonly json: string;
  readonly csv: string;
}

const xlsxContent = async (buffer: Buffer): Promise<{ cells: string; formulas: number }> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const texts: string[] = [];
  let formulas = 0;
  workbook.eachSheet((sheet) => {
    texts.push(sheet.name);
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        const value: unknown = cell.value; // we write only strings and numbers
        texts.push(typeof value === 'string' || typeof value === 'number' ? String(value) : '');
      }),
    );
  });
  return { cells: texts.join('\n'), formulas };
};

const renderAll = async (model: Disclosure): Promise<Outputs> => {
  const xlsx = await xlsxContent(await renderXlsx(model));
  return {
    html: renderHtml(model),
    // pdftotext breaks lines inside table cells; whitespace is dropped before searching.
    pdfText: pdfText(await renderPdf(model)).replace(/\s+/g, ''),
    xlsxCells: xlsx.cells,
    xlsxFormulas: xlsx.formulas,
    json: renderJson(model),
    csv: renderCsv(model),
  };
};

const formats = (outputs: Outputs) =>
  [
    ['html', outputs.html],
    ['pdf', outputs.pdfText],
    ['xlsx', outputs.xlsxCells],
    ['json', outputs.json],
    ['csv', outputs.csv],
  ] as const;

const generatedAt = '2022-02-10T08:00:00.000Z';
const render = (document: Parameters<typeof buildDisclosure>[0], options: DisclosureOptions = {}) =>
  renderAll(buildDisclosure(document, { generatedAt, ...options }));

describe('redaction and escaping across every format', () => {
  let hostile: Outputs;
  beforeAll(async () => {
    hostile = await render(hostileHandan());
  }, 60_000);

  it.each(Object.entries(SECRETS))('publishes the classified project’s %s in no format', (_, secret) => {
    for (const [format, output] of formats(hostile)) {
      expect({
        format,
        leaked: output.includes(secret.replace(/\s+/g, format === 'pdf' ? '' : ' ')),
      }).toEqual({
        format,
        leaked: false,
      });
    }
  });

  it('would publish those values if the project were not classified (the check above can fail)', () => {
    const document = hostileHandan();
    const project = document.performance?.projects[5];
    if (project) project.classified = false;
    const html = renderHtml(buildDisclosure(document, { generatedAt }));
    for (const secret of Object.values(SECRETS)) expect(html).toContain(secret);
  });

  it('keeps the classified project’s name with 涉密 in its cells, as the finance bureau prints it', () => {
    expect(hostile.html).toContain(`6、${CLASSIFIED_PROJECT_NAME}绩效目标表`);
    expect(hostile.html).toContain('<td class="redacted">涉密</td>');
    expect(hostile.pdfText).toContain(`6、${CLASSIFIED_PROJECT_NAME}绩效目标表`);
    expect(hostile.xlsxCells).toContain('涉密');
    expect(hostile.json).toContain('"classified": true');
  });

  it('leaves injected markup inert outside the page too: text in PDF and XLSX, never a formula', () => {
    expect(hostile.pdfText).toContain(`光纤${SCRIPT}${ATTRIBUTE_BREAK}`.replace(/\s+/g, ''));
    expect(hostile.xlsxCells).toContain(`光纤${SCRIPT}${ATTRIBUTE_BREAK}`);
    expect(hostile.xlsxCells).toContain(FORMULA);
    expect(hostile.xlsxFormulas).toBe(0);
  });
});

describe('personal contact data', () => {
  // 济源's project sheets name a 项目负责人 and 联系人 and give a phone number.
  const person = { manager: '张五星', contact: '何小艳', phone: '6855160' };

  it('is left out of every format by default', async () => {
    const outputs = await render(loadSeed('jiyuan-psb-2020'));
    for (const [format, output] of formats(outputs)) {
      for (const value of Object.values(person)) {
        expect({ format, value, present: output.includes(value) }).toEqual({ format, value, present: false });
      }
    }
  }, 60_000);

  it('is published when the option is turned off', () => {
    const model = buildDisclosure(loadSeed('jiyuan-psb-2020'), { generatedAt, redactPersonalData: false });
    const html = renderHtml(model);
    for (const value of Object.values(person)) expect(html).toContain(value);
    expect(html).toContain('<th scope="row">联系电话</th><td>6855160</td>');
    expect(model.meta.redaction.personalData).toBe(false);
  });
});
