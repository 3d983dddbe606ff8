/**
 * Printed row names of the Handan tables → the row's `code` or `line` (docs/budget-document.md,
 * "Lines, standard layout"). Rows are recognised by name, never by position, so a row that is not
 * listed here stops the conversion instead of being filed under the wrong key.
 */

/** Function classes (类) as the two-sided tables print them, ordinal prefix removed. */
export const FUNCTION_CLASS_CODES: Readonly<Record<string, string>> = {
  一般公共服务支出: '201',
  外交支出: '202',
  国防支出: '203',
  公共安全支出: '204',
  教育支出: '205',
  科学技术支出: '206',
  文化旅游体育与传媒支出: '207',
  社会保障和就业支出: '208',
  社会保险基金支出: '209',
  卫生健康支出: '210',
  节能环保支出: '211',
  城乡社区支出: '212',
  农林水支出: '213',
  交通运输支出: '214',
  资源勘探工业信息等支出: '215',
  商业服务业等支出: '216',
  金融支出: '217',
  援助其他地区支出: '219',
  自然资源海洋气象等支出: '220',
  住房保障支出: '221',
  粮油物资储备支出: '222',
  国有资本经营预算支出: '223',
  灾害防治及应急管理支出: '224',
  预备费: '227',
  其他支出: '229',
  转移性支出: '230',
  债务还本支出: '231',
  债务付息支出: '232',
  债务发行费用支出: '233',
  抗疫特别国债安排的支出: '234',
};

/** Income lines of 部门预算收支总表, ordinal prefix removed. */
export const BUDGET_SUMMARY_INCOME_LINES: Readonly<Record<string, string>> = {
  一般公共预算拨款收入: 'generalPublicBudget',
  政府性基金预算拨款收入: 'govFundBudget',
  国有资本经营预算拨款收入: 'stateCapitalBudget',
  财政专户管理资金收入: 'fiscalSpecialAccount',
  事业收入: 'business',
  事业单位经营收入: 'operating',
  上级补助收入: 'superiorSubsidy',
  附属单位上缴收入: 'subordinateRemittance',
  其他收入: 'other',
  本年收入合计: 'incomeThisYear',
  上年结转结余: 'priorYearCarryover',
  收入总计: 'incomeTotal',
};

/** Income lines of 部门预算财政拨款收支总表; 一/二/三 repeat under 年初财政拨款结转和结余. */
export const FISCAL_SUMMARY_INCOME_LINES: Readonly<Record<string, string>> = {
  一般公共预算拨款: 'generalPublicBudget',
  政府性基金预算拨款: 'govFundBudget',
  国有资本经营预算拨款: 'stateCapitalBudget',
  本年收入合计: 'incomeThisYear',
  年初财政拨款结转和结余: 'priorYearFiscalCarryover',
  收入总计: 'incomeTotal',
};

/** Expenditure totals of both two-sided tables. */
export const EXPENDITURE_TOTAL_LINES: Readonly<Record<string, string>> = {
  本年支出合计: 'expenditureThisYear',
  年终结转结余: 'yearEndCarryover',
  年末财政拨款结转和结余: 'yearEndFiscalCarryover',
  支出总计: 'expenditureTotal',
};

/** Rows of 财政拨款“三公”经费支出表, names as printed. */
export const THREE_PUBLIC_LINES: Readonly<Record<string, string>> = {
  合计: 'total',
  '“三公”经费小计': 'threePublicSubtotal',
  '一、因公出国（境）费': 'overseas',
  '二、公务用车购置及运维费': 'vehicles',
  '其中：公务用车购置费': 'vehicles.purchase',
  公务用车运行维护费: 'vehicles.operation',
  '三、公务接待费': 'reception',
  '四、会议费': 'meetings',
  '五、培训费': 'training',
};

/** `四、公共安全支出` → `公共安全支出`. */
export const withoutOrdinal = (name: string): string => name.replace(/^[一二三四五六七八九十]+、/, '');
