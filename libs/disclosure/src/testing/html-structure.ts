/**
 * The structure of a rendered disclosure page, as lines of text a golden file can hold: headings in
 * order, and for each table its caption, header cells, header and body row counts. Reads only the
 * HTML our renderer writes (well-formed, one element per tag), so a regular expression suffices.
 */
const decode = (html: string): string =>
  html
    .replace(/<br>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

export const htmlStructure = (html: string, options: { projectDetail: boolean }): string[] => {
  const lines: string[] = [];
  const token = /<(h[1-6])[^>]*>([\s\S]*?)<\/\1>|<table>([\s\S]*?)<\/table>/g;
  for (const match of html.matchAll(token)) {
    if (match[1]) {
      lines.push(`${match[1]} ${decode(match[2] ?? '')}`);
      continue;
    }
    const table = match[3] ?? '';
    const caption = decode(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(table)?.[1] ?? '');
    const thead = /<thead>([\s\S]*?)<\/thead>/.exec(table)?.[1] ?? '';
    const tbody = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
    const headers = [...thead.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((th) => decode(th[1] ?? ''));
    const isProject = /绩效目标表/.test(caption);
    if (isProject && !options.projectDetail) {
      lines.push(`  table "${caption}" rows=${count(tbody, /<tr>/g)}`);
    } else {
      lines.push(
        `  table "${caption}" thead=${count(thead, /<tr[ >]/g)} rows=${count(tbody, /<tr>/g)} th=${headers.join('|')}`,
      );
    }
  }
  return lines;
};
