/**
 * Display widths and wrap joining for the PDF text dump. Cells wrap at a fixed width: CJK
 * characters and full-width punctuation take two columns, ASCII one. `≥`/`≤` and curly quotes are
 * East Asian "ambiguous" characters that the PDF's CJK font draws wide.
 */
const WIDE =
  /[\u1100-\u115f\u2018\u2019\u201c\u201d\u2264\u2265\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export const displayWidth = (text: string): number =>
  [...text].reduce((width, char) => width + (WIDE.test(char) ? 2 : 1), 0);

const HAN = /\p{Script=Han}/u;
const ALNUM = /[0-9A-Za-z]/;

/**
 * Joins the fragments of one wrapped cell or paragraph. The rule is "no separator", except where
 * a line break falls between a digit/letter and a Chinese character: the dump puts a space there
 * everywhere else (`2024 年 12 月底`, `≥655172 度`), so the same text reads the same whether or
 * not the PDF happened to wrap it.
 */
export const joinWrapped = (fragments: readonly string[]): string =>
  fragments.reduce((joined, fragment) => {
    if (joined === '') return fragment;
    const before = joined.slice(-1);
    const after = fragment.charAt(0);
    const seam = (ALNUM.test(before) && HAN.test(after)) || (HAN.test(before) && ALNUM.test(after));
    return seam ? `${joined} ${fragment}` : joined + fragment;
  }, '');
