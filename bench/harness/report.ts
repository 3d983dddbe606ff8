import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Figure {
  /** Stable key, for comparing runs. */
  key: string;
  what: string;
  value: number;
  unit: string;
  /** What the figure is held against. */
  relatesTo: string;
  limit: number | null;
  /** value ÷ limit. */
  ratio: number | null;
  /** The issue's target for the ratio, e.g. "≥ 0.5" or "≤ 1". */
  target: string | null;
  met: boolean | null;
}

export function figure(
  key: string,
  what: string,
  value: number,
  unit: string,
  relation?: { relatesTo: string; limit: number; target?: '≥ 0.5' | '≤ 1' },
): Figure {
  if (!relation)
    return { key, what, value, unit, relatesTo: '', limit: null, ratio: null, target: null, met: null };
  const ratio = value / relation.limit;
  const target = relation.target ?? null;
  const met = target === null ? null : target === '≤ 1' ? ratio <= 1 : ratio >= 0.5;
  return { key, what, value, unit, relatesTo: relation.relatesTo, limit: relation.limit, ratio, target, met };
}

const format = (value: number | null, digits?: number): string => {
  if (value === null || !Number.isFinite(value)) return '–';
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
  return value.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
};

/** A Markdown table (readable on a terminal and in history.md). */
export function renderTable(figures: readonly Figure[]): string {
  const header = ['figure', 'value', 'relates to', 'limit', 'ratio', 'target', ''];
  const rows = figures.map((f) => [
    f.what,
    `${format(f.value)} ${f.unit}`,
    f.relatesTo,
    f.limit === null ? '' : format(f.limit),
    f.ratio === null ? '' : format(f.ratio, 2),
    f.target ?? '',
    f.met === null ? '' : f.met ? 'ok' : 'MISSED',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function writeResults(
  root: string,
  result: {
    figures: Figure[];
    label: string;
    date: string;
    quick: boolean;
    machine: Record<string, unknown>;
  } & Record<string, unknown>,
  extraMarkdown: string,
): string[] {
  const dir = path.join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const latest = path.join(dir, 'latest.json');
  writeFileSync(latest, `${JSON.stringify(result, null, 2)}\n`);
  const history = path.join(dir, 'history.md');
  if (!existsSync(history)) {
    writeFileSync(
      history,
      '# Benchmark history\n\nEach `npm run bench` appends a section: the figures, the limits measured in the same run, and their ratios (bench/results/latest.json has the last run in full).\n',
    );
  }
  const machine = result.machine as {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    postgres: string;
    nats: string;
    redis: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  appendFileSync(
    history,
    [
      '',
      `## ${result.date}${result.label ? ` — ${result.label}` : ''}${result.quick ? ' (quick)' : ''}`,
      '',
      `${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB; Node ${machine.node}, PostgreSQL ${machine.postgres}, NATS ${machine.nats}, Redis ${machine.redis}; load average ${machine.loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${machine.loadAfter.map((l) => l.toFixed(2)).join(' ')} after.`,
      '',
      renderTable(result.figures),
      '',
      extraMarkdown,
      '',
    ].join('\n'),
  );
  return [latest, history];
}
