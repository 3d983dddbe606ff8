import type { BudgetDocument, BudgetUnit, FinanceDivision, SubUnit } from '../document';
import { joinLabel, within, type DifferenceLog, type FieldLabels, type Scope } from './difference-log';
import { byCodeThenName } from './match-by-identity';

const UNIT: Scope = { area: 'unit', beforePath: '/unit', afterPath: '/unit', label: '单位' };

const UNIT_FIELDS: FieldLabels<BudgetUnit> = {
  id: '单位标识',
  code: '单位编码',
  name: '单位名称',
  duties: '部门职责',
  structureNotes: '机构设置说明',
};
const DIVISION_FIELDS: FieldLabels<FinanceDivision> = { code: '财政区划编码', name: '财政区划名称' };
const SUB_UNIT_FIELDS: FieldLabels<SubUnit> = {
  code: '单位编码',
  name: '单位名称',
  nature: '单位性质',
  rank: '单位规格',
  fundingForm: '经费保障形式',
};

/** The unit, its sub-units (by code, else by name) and the fiscal year, which heads every page. */
export const diffUnit = (log: DifferenceLog, before: BudgetDocument, after: BudgetDocument): void => {
  log.fields({ ...UNIT, beforePath: '', afterPath: '' }, before, after, { fiscalYear: '预算年度' });
  log.fields(UNIT, before.unit, after.unit, UNIT_FIELDS);
  log.fields(within(UNIT, 'division'), before.unit.division, after.unit.division, DIVISION_FIELDS);
  log.list({
    area: 'unit',
    beforePath: '/unit/subUnits',
    afterPath: '/unit/subUnits',
    before: before.unit.subUnits,
    after: after.unit.subUnits,
    identity: byCodeThenName(),
    label: (subUnit) => joinLabel(UNIT.label, `下属单位「${subUnit.name}」`),
    compare: (scope, was, now) => log.fields(scope, was, now, SUB_UNIT_FIELDS),
  });
};
