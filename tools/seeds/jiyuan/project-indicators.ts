import type { PerformanceIndicatorCategory, PerformanceIndicatorGroup } from '@budgetflow/budget-domain';
import { cellAt, expectBlankFrom, JiyuanSourceError, type SourceLine } from './source-lines';

/**
 * The indicator rows of a Henan project sheet (一级 | 二级 | 三级 | 目标值) as a tree.
 *
 * The 一级 label is a vertically centred merged cell and lands on an arbitrary line, so groups are
 * placed by the template (correction project-category-labels). The cells of each row are otherwise
 * stored where they are printed: a 二级 name in the 三级 column (line 2200 `社会效益 | 经济效益 |`) or a
 * 三级 name and value run together in the 目标值 column (line 3813) are the authors' layout and stay.
 */

/** 一级 → its 二级 groups, in template order. */
export const JIYUAN_INDICATOR_TEMPLATE: Readonly<Record<string, readonly string[]>> = {
  投入与目标管理: ['投入管理', '财务管理', '项目管理', '资产管理'],
  产出目标: ['数量', '质量', '时效', '成本'],
  效果目标: ['经济效益', '社会效益', '环境效益', '满意度'],
  影响力目标: ['长效管理', '人力资源', '部门协助', '配套设施', '信息共享', '其它'],
};

const CATEGORIES = Object.keys(JIYUAN_INDICATOR_TEMPLATE);

const categoryOfGroup = (group: string): string | undefined =>
  CATEGORIES.find((category) => JIYUAN_INDICATOR_TEMPLATE[category].includes(group));

export const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '目标值'];

export const parseProjectIndicators = (rows: readonly SourceLine[]): PerformanceIndicatorCategory[] => {
  const groupsByCategory = new Map<string, PerformanceIndicatorGroup[]>();
  const open = (category: string): PerformanceIndicatorGroup[] => {
    const groups = groupsByCategory.get(category) ?? [];
    groupsByCategory.set(category, groups);
    return groups;
  };
  let category: string | undefined;
  let group: PerformanceIndicatorGroup | undefined;
  for (const line of rows) {
    const [first, second, name, target] = [0, 1, 2, 3].map((index) => cellAt(line, index));
    expectBlankFrom(line, 4);
    // A printed 一级 label says the category exists, not where its groups start.
    if (CATEGORIES.includes(first)) open(first);
    // A 二级 name printed in the 一级 column (corrections project-group-in-category-column-*) is a group.
    const groupName = second !== '' ? second : categoryOfGroup(first) !== undefined ? first : undefined;
    if (first !== '' && !CATEGORIES.includes(first) && groupName !== first) {
      throw new JiyuanSourceError(`unknown 一级指标 "${first}"`, line);
    }
    if (groupName !== undefined) {
      // A 二级 name outside the template stays under the 一级 that precedes it.
      category = categoryOfGroup(groupName) ?? category;
      if (category === undefined) throw new JiyuanSourceError(`no 一级指标 for "${groupName}"`, line);
      group = { name: groupName, indicators: [] };
      open(category).push(group);
    }
    if (name === '' && target === '') continue;
    if (!group) throw new JiyuanSourceError('三级指标 before any 二级指标', line);
    group.indicators.push({ name, target });
  }
  // Categories in template order, which is also the order their labels are printed in.
  return CATEGORIES.filter((name) => groupsByCategory.has(name)).map((name) => ({
    name,
    groups: groupsByCategory.get(name) ?? [],
  }));
};
