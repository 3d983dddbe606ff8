import type { Rule } from '../framework/rule';
import { tblSum001 } from './table-arithmetic/tbl-sum-001.rule';
import { tblSum002 } from './table-arithmetic/tbl-sum-002.rule';
import { tblSum003 } from './table-arithmetic/tbl-sum-003.rule';
import { tblSum004 } from './table-arithmetic/tbl-sum-004.rule';
import { tblSum005 } from './table-arithmetic/tbl-sum-005.rule';
import { tblSum006 } from './table-arithmetic/tbl-sum-006.rule';
import { tblSum007 } from './table-arithmetic/tbl-sum-007.rule';
import { tblNeg001 } from './table-arithmetic/tbl-neg-001.rule';
import { xtb3pb001 } from './cross-table/xtb-3pb-001.rule';
import { xtbDpt001 } from './cross-table/xtb-dpt-001.rule';
import { xtbExp001 } from './cross-table/xtb-exp-001.rule';
import { xtbExp002 } from './cross-table/xtb-exp-002.rule';
import { xtbExp003 } from './cross-table/xtb-exp-003.rule';
import { xtbFis001 } from './cross-table/xtb-fis-001.rule';
import { xtbInc001 } from './cross-table/xtb-inc-001.rule';
import { xtbPrj001 } from './cross-table/xtb-prj-001.rule';
import { narFig001 } from './narrative/nar-fig-001.rule';
import { narFig002 } from './narrative/nar-fig-002.rule';
import { narFig003 } from './narrative/nar-fig-003.rule';
import { narFig004 } from './narrative/nar-fig-004.rule';
import { narFig005 } from './narrative/nar-fig-005.rule';
import { narFig006 } from './narrative/nar-fig-006.rule';
import { narFig007 } from './narrative/nar-fig-007.rule';
import { narFig008 } from './narrative/nar-fig-008.rule';
import { narSec001 } from './narrative/nar-sec-001.rule';
import { clsCode001 } from './classification/cls-code-001.rule';
import { clsCode002 } from './classification/cls-code-002.rule';
import { clsDetl001 } from './classification/cls-detl-001.rule';
import { clsLine001 } from './classification/cls-line-001.rule';
import { clsName001 } from './classification/cls-name-001.rule';
import { clsName002 } from './classification/cls-name-002.rule';
import { clsName003 } from './classification/cls-name-003.rule';
import { clsTree001 } from './classification/cls-tree-001.rule';
import { cmpTbl001 } from './completeness/cmp-tbl-001.rule';
import { cmpTbl002 } from './completeness/cmp-tbl-002.rule';
import { cmpTbl003 } from './completeness/cmp-tbl-003.rule';
import { cmpTxt001 } from './completeness/cmp-txt-001.rule';
import { prfAmt001 } from './performance/prf-amt-001.rule';
import { prfCls001 } from './performance/prf-cls-001.rule';
import { prfCst001 } from './performance/prf-cst-001.rule';
import { prfCst002 } from './performance/prf-cst-002.rule';
import { prfCst003 } from './performance/prf-cst-003.rule';
import { prfDpt001 } from './performance/prf-dpt-001.rule';
import { prfFnd001 } from './performance/prf-fnd-001.rule';
import { prfInd001 } from './performance/prf-ind-001.rule';
import { prfInd002 } from './performance/prf-ind-002.rule';
import { prfInd003 } from './performance/prf-ind-003.rule';
import { prfLvl001 } from './performance/prf-lvl-001.rule';
import { prfLvl002 } from './performance/prf-lvl-002.rule';
import { prfLvl003 } from './performance/prf-lvl-003.rule';
import { prfLvl004 } from './performance/prf-lvl-004.rule';
import { prfSpd001 } from './performance/prf-spd-001.rule';
import { prfTbl001 } from './performance/prf-tbl-001.rule';
import { prfTbl002 } from './performance/prf-tbl-002.rule';
import { prfTim001 } from './performance/prf-tim-001.rule';
import { prvIdn001 } from './privacy/prv-idn-001.rule';
import { prvMob001 } from './privacy/prv-mob-001.rule';
import { prvNam001 } from './privacy/prv-nam-001.rule';

/** Every rule, grouped by category in the order a reviewer works through a budget. */
export const RULE_CATALOG: readonly Rule[] = [
  tblSum001,
  tblSum002,
  tblSum003,
  tblSum004,
  tblSum005,
  tblSum006,
  tblSum007,
  tblNeg001,
  xtb3pb001,
  xtbDpt001,
  xtbExp001,
  xtbExp002,
  xtbExp003,
  xtbFis001,
  xtbInc001,
  xtbPrj001,
  narFig001,
  narFig002,
  narFig003,
  narFig004,
  narFig005,
  narFig006,
  narFig007,
  narFig008,
  narSec001,
  clsCode001,
  clsCode002,
  clsDetl001,
  clsLine001,
  clsName001,
  clsName002,
  clsName003,
  clsTree001,
  cmpTbl001,
  cmpTbl002,
  cmpTbl003,
  cmpTxt001,
  prfAmt001,
  prfCls001,
  prfCst001,
  prfCst002,
  prfCst003,
  prfDpt001,
  prfFnd001,
  prfInd001,
  prfInd002,
  prfInd003,
  prfLvl001,
  prfLvl002,
  prfLvl003,
  prfLvl004,
  prfSpd001,
  prfTbl001,
  prfTbl002,
  prfTim001,
  prvIdn001,
  prvMob001,
  prvNam001,
];
