import { TABLE_KIND_DEFINITIONS } from '@budgetflow/budget-domain';
import { countBySeverity, type Finding, type Severity } from '@budgetflow/budget-rules';

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: '错误 error',
  warning: '警告 warning',
  info: '提示 info',
};
const SEVERITY_MARKS: Readonly<Record<Severity, string>> = { error: '✖', warning: '▲', info: '·' };

const SECTION_TITLES: Readonly<Record<string, string>> = {
  unit: '单位信息 Unit',
  tables: '预算报表 Tables',
  narrative: '情况说明 Narrative',
  procurement: '政府采购预算 Procurement',
  assets: '国有资产 Assets',
  performance: '绩效目标 Performance targets',
};

/** The heading a finding is listed under: its table, or the part of the document it points into. */
export const sectionOf = (finding: Finding): string => {
  const { table, path, project } = finding.location;
  if (table) {
    const definition = TABLE_KIND_DEFINITIONS[table];
    return `${definition.number ? `表${definition.number} ` : ''}${definition.title} (${table})`;
  }
  const [, top = ''] = path.split('/');
  if (top === 'performance' && project) return `${SECTION_TITLES['performance']} · ${project}`;
  return SECTION_TITLES[top] ?? (path || '/');
};

/** A readable report: findings grouped by table or section in document order, with counts. */
export const formatReport = (source: string, findings: readonly Finding[]): string => {
  const counts = countBySeverity(findings);
  const lines: string[] = [`校验 Validating ${source}`, ''];
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const section = sectionOf(finding);
    const list = groups.get(section) ?? [];
    list.push(finding);
    groups.set(section, list);
  }
  for (const [section, list] of groups) {
    lines.push(`■ ${section}`);
    for (const finding of list) {
      lines.push(`  ${SEVERITY_MARKS[finding.severity]} [${finding.ruleId}] ${finding.message}`);
      const detail = [
        `位置 at ${finding.location.path}`,
        finding.expected !== undefined ? `应为 expected ${finding.expected}` : '',
        finding.actual !== undefined ? `实为 actual ${finding.actual}` : '',
      ].filter(Boolean);
      lines.push(`      ${detail.join(' · ')}`);
    }
    lines.push('');
  }
  if (findings.length === 0) lines.push('未发现问题 No findings.', '');
  lines.push(
    `合计 Total: ${(['error', 'warning', 'info'] as const).map((s) => `${SEVERITY_LABELS[s]} ${counts[s]}`).join(', ')}`,
  );
  return lines.join('\n');
};
