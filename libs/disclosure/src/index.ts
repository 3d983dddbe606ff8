// The statutory disclosure of an approved department budget: one redacted model, five formats.
export * from './model/disclosure.model';
export { buildDisclosure } from './model/build-disclosure';
export { renderHtml } from './render/html/render-html';
export { renderPdf } from './render/pdf/render-pdf';
export { renderXlsx } from './render/xlsx/render-xlsx';
export { renderJson, buildDataPackage } from './render/data/render-json';
export { renderCsv } from './render/data/render-csv';
