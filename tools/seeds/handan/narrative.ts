import type { GlossaryTerm, NarrativeSection, NarrativeSectionKind } from '@budgetflow/budget-domain';
import { figuresOf } from './narrative-figures';
import { HandanSourceError, indexOfLine, nonBlank, type SourceLine } from './source-lines';

/**
 * The 情况说明 headings in printed order. `prose` says where a section's paragraphs are:
 * `all` – every line under the heading; `until` – the lines before the table it introduces;
 * `none` – the content lives elsewhere in the document (unit, performance, glossary terms).
 */
export interface SectionSpec {
  readonly kind: NarrativeSectionKind;
  readonly heading: string;
  readonly level: 1 | 2;
  readonly prose: 'all' | 'none' | { readonly until: string };
}

export const HANDAN_SECTIONS: readonly SectionSpec[] = [
  { kind: 'unitProfile', heading: '一、部门职责及机构设置情况', level: 1, prose: 'none' },
  { kind: 'overall', heading: '二、部门预算安排的总体情况', level: 1, prose: 'all' },
  { kind: 'income', heading: '1、收入说明', level: 2, prose: 'all' },
  { kind: 'expenditure', heading: '2、支出说明', level: 2, prose: 'all' },
  { kind: 'change', heading: '3、比上年增减情况', level: 2, prose: 'all' },
  { kind: 'operatingCosts', heading: '三、机关运行经费安排情况', level: 1, prose: 'all' },
  { kind: 'threePublic', heading: '四、财政拨款“三公”经费预算情况及增减变化原因', level: 1, prose: 'all' },
  { kind: 'performance', heading: '五、预算绩效信息', level: 1, prose: 'none' },
  { kind: 'procurement', heading: '六、政府采购预算情况', level: 1, prose: { until: '部门政府采购预算' } },
  { kind: 'assets', heading: '七、国有资产信息', level: 1, prose: { until: '部门固定资产占用情况表' } },
  { kind: 'glossary', heading: '八、名词解释', level: 1, prose: 'none' },
  { kind: 'other', heading: '九、其他需要说明的事项', level: 1, prose: 'all' },
];

/** The paragraphs a section's prose holds: one non-blank line is one paragraph. */
const proseOf = (spec: SectionSpec, body: readonly SourceLine[]): string[] => {
  if (spec.prose === 'none') return [];
  const end = spec.prose === 'all' ? body.length : indexOfLine(body, spec.prose.until);
  return nonBlank(body.slice(0, end)).map((line) => line.text.trim());
};

/** `- 1、**一般公共预算拨款收入**：指…` → term and definition; list marker, number and `**` go. */
const GLOSSARY_ENTRY = /^(?:- )?\d+、\*\*(?<term>[^*]+)\*\*：(?<definition>.+)$/;

export const parseGlossary = (body: readonly SourceLine[]): GlossaryTerm[] =>
  nonBlank(body).map((line) => {
    const groups = GLOSSARY_ENTRY.exec(line.text.trim())?.groups;
    if (!groups) throw new HandanSourceError('expected a 名词解释 entry', line);
    return { term: groups['term'], definition: groups['definition'] };
  });

/** One section from its slice (heading line first). */
export const parseNarrativeSection = (spec: SectionSpec, lines: readonly SourceLine[]): NarrativeSection => {
  const body = lines.slice(1);
  const paragraphs = proseOf(spec, body);
  const section: NarrativeSection = {
    kind: spec.kind,
    heading: lines[0].text.trim(),
    level: spec.level,
    paragraphs,
    figures: figuresOf(spec.kind, paragraphs),
  };
  if (spec.kind === 'glossary') section.terms = parseGlossary(body);
  return section;
};
