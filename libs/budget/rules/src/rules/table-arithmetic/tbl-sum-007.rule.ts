import { amountText, orZero } from '../../framework/amount-text';
import { cellLabel } from '../../framework/labels';
import { defineRule } from '../../framework/rule';
import { rowLocation } from '../../framework/sum-check';
import { PART_OF_COLUMN } from './column-formulas';

/** 其中 ≤ 小计: a "of which" column never exceeds the column it is part of. */
export const tblSum007 = defineRule({
  id: 'TBL-SUM-007',
  severity: 'error',
  category: 'table-arithmetic',
  title: '“其中”栏不大于所属栏',
  checks: '“其中”栏（如河南样式“一般公共预算·其中：财政拨款”）不得大于其所属的小计栏。',
  why: '“其中”是所属栏的一部分，大于所属栏在数学上不可能，说明两栏之一填错。',
  check(_document, context, report) {
    for (const table of context.tables.tables) {
      const pairs = PART_OF_COLUMN.filter(
        ({ part, whole }) => table.hasColumn(part) && table.hasColumn(whole),
      );
      if (pairs.length === 0) continue;
      for (const entry of table.entries) {
        for (const { part, whole } of pairs) {
          const partAmount = table.cell(entry, part);
          if (!partAmount) continue;
          const wholeAmount = table.cell(entry, whole);
          const excess = partAmount.minus(orZero(wholeAmount));
          if (excess.compare(context.config.amountTolerance) <= 0) continue;
          report({
            message: `${cellLabel(table, entry, part)}为${partAmount.toString()}，大于所属「${table.columnLabel(whole)}」栏${amountText(wholeAmount)}。`,
            location: { ...rowLocation(table, entry), column: part, path: table.cellPointer(entry, part) },
            expected: `≤${amountText(wholeAmount)}`,
            actual: partAmount.toString(),
          });
        }
      }
    }
  },
});
