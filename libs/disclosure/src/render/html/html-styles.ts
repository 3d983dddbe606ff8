/**
 * One stylesheet for screen and print. Print keeps table headers on every page (as the printed
 * disclosures repeat them), never splits a row, and starts each standard table on a new page.
 */
export const HTML_STYLES = `
:root { color: #111; background: #fff; }
body { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif; line-height: 1.7; margin: 0 auto; max-width: 1100px; padding: 24px; }
h1 { font-size: 1.6rem; text-align: center; margin: 1.5rem 0; }
h2 { font-size: 1.35rem; text-align: center; margin: 2rem 0 1rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
h5, h6 { font-size: 1rem; margin: 1rem 0 .3rem; }
p { text-indent: 2em; margin: .4rem 0; }
.doc-subtitle { text-align: center; text-indent: 0; font-weight: bold; font-size: 1.15rem; }
.correction { border: 1px solid #b00; padding: .5rem 1rem; text-indent: 0; }
nav.toc ol { list-style: none; padding-left: 0; }
nav.toc ol ol { padding-left: 2em; }
nav.toc a { color: inherit; }
.table-block { margin: 1.5rem 0; }
.table-lead { display: flex; justify-content: space-between; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; margin: .3rem 0; }
caption { font-weight: bold; font-size: 1.1rem; padding: .4rem; }
caption.sr-only, .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
th, td { border: 1px solid #333; padding: 2px 4px; vertical-align: middle; }
thead th { background: #f0f0f0; font-weight: bold; text-align: center; }
tbody th { font-weight: normal; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.center { text-align: center; }
.redacted { text-align: center; letter-spacing: .2em; }
.table-note { font-size: .85rem; text-indent: 0; }
dl.terms dt { font-weight: bold; }
dl.terms dd { margin: 0 0 .4rem 2em; }
footer { margin-top: 2rem; font-size: .8rem; color: #555; text-align: right; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav.toc a::after { content: ""; }
  thead { display: table-header-group; }
  tr, .table-lead, caption { break-inside: avoid; }
  .budget-table { break-before: page; }
  #part-explanation { break-before: page; }
  a { text-decoration: none; }
}
`;
