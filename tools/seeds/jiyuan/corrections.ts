/**
 * Every repair of text-extraction damage the converter makes, one entry per place. These are
 * layout repairs only: cells read from another position, a label assigned to the block it heads,
 * stray separator lines dropped. No number and no word the authors wrote is changed here; their
 * own mistakes stay in the document for validation to find (see convert-jiyuan.spec.ts).
 *
 * `drop` entries are applied by `applyLineDrops` before parsing; `read` entries describe how a
 * parser reads damaged cells, and the parser names the entry's id where it does so. The spec
 * checks that each anchor is still printed on its lines.
 */
export interface LayoutCorrection {
  readonly id: string;
  /** Source lines (1-based) the repair touches; empty when a rule applies to every project sheet. */
  readonly lines: readonly number[];
  /** Text each listed line contains (`drop`: the exact line), so a shifted source fails loudly. */
  readonly anchor: string;
  readonly damage: string;
  readonly repair: string;
  readonly action: 'drop' | 'read';
}

export const LAYOUT_CORRECTIONS: readonly LayoutCorrection[] = [
  {
    id: 'budget-summary-header-offset',
    lines: [10],
    anchor: '项目\t金额\t项目\t合计\t用事业单位基金弥补收支差额\t部门结转\t本年支出小计',
    damage:
      '部门收支总体情况表: the header rows (lines 10–11) count the merged income 项目 cell (group + item) as one column, ' +
      'so each header label sits one column left of its body cells (小计 over 部门结转 cells, ' +
      'the empty 其中：财政拨款 label over 一般公共预算 cells).',
    repair:
      'Amounts are read by body position: cells 5–16 are total, businessFundMakeup, departmentCarryover, ' +
      'currentYear, generalPublicBudget, generalPublicBudgetAppropriation, … (docs: 二、项目支出 → ' +
      '13,264.4 | – | 758.9 | 12,505.5 | 12,505.5 | 10,637.7). Header rows are not stored.',
    action: 'read',
  },
  {
    id: 'budget-summary-fund-group-label',
    lines: [22],
    anchor: '政府性基金收入\t调入资金',
    damage:
      '部门收支总体情况表: the merged group cell 政府性基金收入 is centred vertically, so its label is ' +
      'printed on the 调入资金 line, the 11th 一般公共预算收入 item.',
    repair:
      'Groups come from the fixed Henan item list, not from the line the label is on: the first 12 items ' +
      'are gpb.* (group 一般公共预算收入), the next 4 fund.* (group 政府性基金收入).',
    action: 'read',
  },
  {
    id: 'fiscal-summary-header-offset',
    lines: [75],
    anchor: '项目\t金额\t项目\t合计\t本年支出小计',
    damage:
      '财政拨款收支总体情况表: as in table 1 the header rows (lines 75–77) sit one column left of the body; the ' +
      '政府性基金 column has no body cell at all (the extraction drops blank cells at the end of a row).',
    repair:
      'Body cells 5–7 are total, generalPublicBudget (一般公共预算·小计) and ' +
      'generalPublicBudgetAppropriation (其中：财政拨款); govFundBudget is blank on every row.',
    action: 'read',
  },
  {
    id: 'fiscal-summary-state-capital-row',
    lines: [96],
    anchor: '国有资本经营预算',
    damage:
      '财政拨款收支总体情况表: 国有资本经营预算 is a merged cell over the group and item columns, printed in the group column.',
    repair: 'Stored as the line stateCapitalBudget with that name and no group.',
    action: 'read',
  },
  {
    id: 'general-budget-unit-code-column',
    lines: [120, 121, 122, 123, 124, 125, 126, 127, 128],
    anchor: '\t020\t\t',
    damage:
      '一般公共预算支出情况表: the header has an extra unlabelled `**` column after 项; the body prints ' +
      '单位代码 020 in that column and leaves the 单位代码 column blank (cells shifted one column left).',
    repair: 'unitCode is read from the cell after 项, as in 部门支出总体情况表; the blank cell is ignored.',
    action: 'read',
  },
  {
    id: 'project-category-labels',
    lines: [],
    anchor: '产出目标',
    damage:
      'Project sheets: the 一级 label is a vertically centred merged cell, so the extraction prints it on ' +
      'an arbitrary line of its block or of the next one (line 263 `产出目标 | 资产管理`, 267 `效果目标 | 成本`, ' +
      '272 `影响力目标 | 满意度`; line 1104 `产出目标 | 项目管理`).',
    repair:
      'Each 二级 group goes to its 一级 by the Jiyuan template (投入与目标管理: 投入管理, 财务管理, 项目管理, 资产管理; ' +
      '产出目标: 数量, 质量, 时效, 成本; 效果目标: 经济效益, 社会效益, 环境效益, 满意度; 影响力目标: 长效管理, ' +
      '人力资源, 部门协助, 配套设施, 信息共享, 其它). A printed 一级 label with no group left (sheets cut short) ' +
      'is kept with no groups.',
    action: 'read',
  },
  {
    id: 'project-group-in-category-column-3031',
    lines: [3031],
    anchor: '资产管理\t\t\t',
    damage: '道路交通管理专项-2018年工程尾款: the 二级 name 资产管理 is printed in the 一级 column.',
    repair: 'Read as the 二级 group 资产管理 (no indicator), placed by the template.',
    action: 'read',
  },
  {
    id: 'project-group-in-category-column-3037',
    lines: [3037],
    anchor: '成本\t\t\t',
    damage: '道路交通管理专项-2018年工程尾款: the 二级 name 成本 is printed in the 一级 column.',
    repair: 'Read as the 二级 group 成本 (no indicator), placed by the template.',
    action: 'read',
  },
  {
    id: 'drop-separator-3169',
    lines: [3169],
    anchor: '------\t---',
    damage:
      '道路交通管理专项-电子警察维护: a table-rule line `------ | ---` between 项目概况 and 立项依据, ' +
      'left by a page break inside the sheet (followed by blank line 3170).',
    repair:
      'Line dropped; the blank lines 3170, 3173, 3176 and 3184 inside the same sheet are skipped like all blank lines.',
    action: 'drop',
  },
  {
    id: 'drop-separator-3178',
    lines: [3178],
    anchor: '----\t--',
    damage:
      '道路交通管理专项-电子警察维护: a table-rule line `---- | --` after the blank 备注 row, left by the same page break.',
    repair: 'Line dropped; 备注 stays blank (absent).',
    action: 'drop',
  },
];

export const correctionById = (id: string): LayoutCorrection => {
  const found = LAYOUT_CORRECTIONS.find((correction) => correction.id === id);
  if (!found) throw new Error(`unknown layout correction "${id}"`);
  return found;
};
