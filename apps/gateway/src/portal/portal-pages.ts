import type { DisclosureListing } from '@budgetflow/contracts';

/** Every HTML page of the portal: no script may run, nothing is loaded from elsewhere. */
export const PORTAL_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:";

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const FORMAT_NAMES = [
  ['html', '网页'],
  ['pdf', 'PDF'],
  ['xlsx', 'Excel'],
  ['json', 'JSON'],
  ['csv', 'CSV'],
] as const;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:"WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.4rem .6rem;text-align:left}th{background:#f2f2f2}
.note{color:#666;font-size:.9em}</style></head>
<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

/** A table of published disclosures with links to every format; superseded versions are marked. */
export function disclosuresPage(title: string, listings: readonly DisclosureListing[]): string {
  if (listings.length === 0) return page(title, '<p>暂无已公开的部门预算。</p>');
  const rows = listings
    .map((d) => {
      const base = `/public/disclosures/${encodeURIComponent(d.unitId)}/${d.fiscalYear}`;
      const query = d.supersededByVersion ? `?version=${d.version}` : '';
      const links = FORMAT_NAMES.map(
        ([format, name]) => `<a href="${base}.${format}${query}">${name}</a>`,
      ).join(' · ');
      const status = d.supersededByVersion
        ? `已被第${d.supersededByVersion}版更正`
        : d.supersedesVersion
          ? `更正第${d.supersedesVersion}版`
          : '';
      return `<tr><td>${d.fiscalYear}</td><td><a href="/public/disclosures/${encodeURIComponent(d.unitId)}">${escapeHtml(d.unitName)}</a></td>
<td>第${d.version}版 <span class="note">${escapeHtml(status)}</span></td><td>${escapeHtml(d.postedAt.slice(0, 10))}</td><td>${links}</td></tr>`;
    })
    .join('\n');
  return page(
    title,
    `<table><caption class="note">部门预算信息公开</caption><thead><tr><th scope="col">预算年度</th><th scope="col">单位</th>
<th scope="col">版本</th><th scope="col">公开日期</th><th scope="col">下载</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}
