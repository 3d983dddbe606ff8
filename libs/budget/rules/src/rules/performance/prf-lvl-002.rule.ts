import { defineRule } from '../../framework/rule';
import { isTemplateLevelName, normalizeLevelName, templateOf } from './indicator-templates';

export const prfLvl002 = defineRule({
  id: 'PRF-LVL-002',
  severity: 'error',
  category: 'performance',
  title: '二级指标名称规范且归属正确',
  checks:
    '每个二级指标是其一级指标下模板规定的名称（如产出指标下的数量、质量、时效、成本指标）；一级指标名称本身不规范时不重复报告。',
  why: '二级指标放错一级或名称错位（如把“效益指标”填在二级栏），说明表格错列，指标含义随之错乱。',
  check(_document, context, report) {
    for (const { project, pointer, label, indicators } of context.projects()) {
      const template = templateOf(project);
      for (let c = 0; c < project.indicators.length; c++) {
        const category = project.indicators[c];
        const allowed = template.levels[normalizeLevelName(category.name)];
        if (!allowed) continue;
        for (let g = 0; g < category.groups.length; g++) {
          const group = category.groups[g];
          const name = normalizeLevelName(group.name);
          if (allowed.includes(name)) continue;
          const home = Object.entries(template.levels).find(([, groups]) => groups.includes(name))?.[0];
          const isCategoryName = name in template.levels;
          report({
            message: isCategoryName
              ? `${label}把一级指标名称“${group.name}”填在了“${category.name}”下的二级指标栏，表格错列。`
              : home
                ? `${label}的二级指标“${group.name}”属于一级指标“${home}”，不应列在“${category.name}”下。`
                : `${label}一级指标“${category.name}”下的二级指标“${group.name || '（空白）'}”不是模板规定的名称。`,
            location: {
              project: project.name,
              indicator: `${category.name}/${group.name}`,
              path: `${pointer}/indicators/${c}/groups/${g}/name`,
            },
            expected: allowed.join('、'),
            actual: group.name,
          });
        }
      }
      // The parsed target keeps the cell's text (`raw`), so blank cells are found in the index.
      for (let i = 0; i < indicators.length; i++) {
        if (indicators.target(i).raw.trim() !== '') continue;
        if (!template.levels[normalizeLevelName(indicators.category(i))]) continue;
        const indicator = indicators.indicator(i);
        // Henan sheets shift empty template rows (成本, 经济效益) into the 三级 column.
        if (!isTemplateLevelName(template, indicator.name)) continue;
        report({
          message: `${label}把指标层级名称“${indicator.name}”填在了“${indicators.group(i)}”下的三级指标栏，且没有指标值，表格错列。`,
          location: {
            project: project.name,
            indicator: indicators.label(i),
            path: `${indicators.pointer(i)}/name`,
          },
          expected: '三级指标名称',
          actual: indicator.name,
        });
      }
    }
  },
});
