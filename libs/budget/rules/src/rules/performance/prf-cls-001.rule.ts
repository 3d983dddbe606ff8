import type { RuleIssue } from '../../framework/finding';
import { defineRule } from '../../framework/rule';

const SECRET = '涉密';
const NUMBERING = /^\s*目标内容\s*\d*\s*/;
/** Handan prints `目标内容 1 涉密`: the numbering is layout, 涉密 is the content. */
const isWithheld = (text: string | undefined): boolean =>
  text === undefined ||
  text === SECRET ||
  text.trim() === '' ||
  text.replace(NUMBERING, '').trim() === SECRET;

const PROJECT_FIELDS = ['amount', 'totalAmount', 'purpose', 'fundUse', 'overallGoal', 'annualGoal'] as const;
const INDICATOR_FIELDS = ['name', 'description', 'target', 'basis'] as const;

export const prfCls001 = defineRule({
  id: 'PRF-CLS-001',
  severity: 'error',
  category: 'performance',
  title: '涉密项目不公开实际内容',
  checks:
    '标为涉密的项目，其金额、资金来源、支出计划、用途、项目详情不填写，绩效目标和各指标的名称、描述、指标值、依据均为“涉密”或空白。',
  why: '涉密项目公开时以“涉密”代替；目标表中残留的实际内容会随公开文件泄露涉密信息。',
  check(_document, context, report) {
    for (const { project, pointer, label, indicators } of context.projects()) {
      if (!project.classified) continue;
      const leak = (path: string, actual: string, what: string): void => {
        const issue: RuleIssue = {
          message: `${label}为涉密项目，但${what}填写了实际内容“${actual}”，公开时将泄露。`,
          location: { project: project.name, path },
          expected: SECRET,
          actual,
        };
        report(issue);
      };
      for (const field of PROJECT_FIELDS) {
        const value = project[field];
        if (!isWithheld(value))
          leak(
            `${pointer}/${field}`,
            value ?? '',
            field === 'amount' || field === 'totalAmount' ? '金额' : '目标表',
          );
      }
      project.fundSources.forEach((source, s) => {
        if (source.amount !== undefined)
          leak(`${pointer}/fundSources/${s}/amount`, source.amount, '资金来源');
      });
      if (project.spendPlan.length > 0)
        leak(
          `${pointer}/spendPlan`,
          project.spendPlan.map((p) => `${p.period}${p.percent}%`).join('，'),
          '资金支出计划',
        );
      project.goals.forEach((goal, g) => {
        if (!isWithheld(goal)) leak(`${pointer}/goals/${g}`, goal, '绩效目标');
      });
      for (let i = 0; i < indicators.length; i++) {
        for (const field of INDICATOR_FIELDS) {
          const value = indicators.indicator(i)[field];
          if (!isWithheld(value)) leak(`${indicators.pointer(i)}/${field}`, value ?? '', '绩效指标');
        }
      }
    }
  },
});
