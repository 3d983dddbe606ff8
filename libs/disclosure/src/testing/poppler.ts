import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Runs a poppler tool (pdftotext, pdffonts) on a PDF buffer and returns its standard output. */
const withPdfFile = <T>(pdf: Buffer, use: (file: string) => T): T => {
  const directory = mkdtempSync(path.join(tmpdir(), 'disclosure-pdf-'));
  try {
    const file = path.join(directory, 'disclosure.pdf');
    writeFileSync(file, pdf);
    return use(file);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
};

/** The PDF's text as a reader copying it would get (no layout, so words are not split by columns). */
export const pdfText = (pdf: Buffer): string =>
  withPdfFile(pdf, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));

export const pdfFonts = (pdf: Buffer): string =>
  withPdfFile(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
