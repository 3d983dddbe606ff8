import type { BudgetDocument } from '../document';
import { handan2022Document } from '../document/fixtures/handan-2022.fixture';
import { jiyuan2020Document } from '../document/fixtures/jiyuan-2020.fixture';
import { julu2024Document } from '../document/fixtures/julu-2024.fixture';
import { diffBudgetDocuments } from './diff-budget-documents';

/** Diffs a fixture against an edited copy of itself. */
const diffAfter = (make: () => BudgetDocument, edit: (document: BudgetDocument) => void) => {
  const before = make();
  const after = structuredClone(before);
  edit(after);
  return diffBudgetDocuments(before, after);
};

const GENERAL_BUDGET = 4; // Handan tables[4]: 一般公共预算财政拨款支出表
const THREE_PUBLIC_SECTION = 5; // Handan narrative section 四、财政拨款“三公”经费预算情况及增减变化原因

describe('diffBudgetDocuments', () => {
  it.each([
    ['Handan', handan2022Document],
    ['Jiyuan', jiyuan2020Document],
    ['Julu', julu2024Document],
  ])('finds nothing between two copies of %s', (_name, make) => {
    expect(diffBudgetDocuments(make(), make())).toEqual([]);
  });

  it('reports a changed amount with both values, labelled by table, row and column', () => {
    const differences = diffAfter(handan2022Document, (document) => {
      document.tables[GENERAL_BUDGET].rows[5].amounts.basic = '1837.00';
    });
    expect(differences).toEqual([
      {
        kind: 'changed',
        area: 'table',
        path: '/tables/4/rows/5/amounts/basic',
        label: '一般公共预算财政拨款支出表 · 2040220 执法办案 · 基本支出',
        before: '1837.36',
        after: '1837.00',
      },
    ]);
  });

  it('reports a change of printed precision, because the document keeps amounts as written', () => {
    const differences = diffAfter(handan2022Document, (document) => {
      document.tables[GENERAL_BUDGET].rows[3].amounts.project = '18.0';
    });
    expect(differences).toEqual([
      {
        kind: 'changed',
        area: 'table',
        path: '/tables/4/rows/3/amounts/project',
        label: '一般公共预算财政拨款支出表 · 2040201 行政运行 · 项目支出',
        before: '18.00',
        after: '18.0',
      },
    ]);
  });

  it('reports a blank cell that gets filled as added, not changed', () => {
    const differences = diffAfter(handan2022Document, (document) => {
      document.tables[GENERAL_BUDGET].rows[4].amounts.basic = '0.00';
    });
    expect(differences).toEqual([
      {
        kind: 'added',
        area: 'table',
        path: '/tables/4/rows/4/amounts/basic',
        label: '一般公共预算财政拨款支出表 · 2040219 信息化建设 · 基本支出',
        after: '0.00',
      },
    ]);
  });

  it('reports an added row once, with the whole row, and leaves the rows it pushed down alone', () => {
    const row = { code: '2040299', name: '其他公安支出', amounts: { total: '10.00', project: '10.00' } };
    const differences = diffAfter(handan2022Document, (document) => {
      document.tables[GENERAL_BUDGET].rows.splice(3, 0, row);
    });
    expect(differences).toEqual([
      {
        kind: 'added',
        area: 'table',
        path: '/tables/4/rows/3',
        label: '一般公共预算财政拨款支出表 · 2040299 其他公安支出',
        after: row,
      },
    ]);
  });

  it('reports a removed project once, at its path in the earlier version', () => {
    const before = handan2022Document();
    const differences = diffAfter(handan2022Document, (document) => {
      document.performance!.projects.splice(0, 1);
    });
    expect(differences).toEqual([
      {
        kind: 'removed',
        area: 'project',
        path: '/performance/projects/0',
        label: '项目「办公办案费（治安支队）」',
        before: before.performance!.projects[0],
      },
    ]);
  });

  it('reports a changed indicator target under its project and 一级/二级/三级 names', () => {
    const differences = diffAfter(handan2022Document, (document) => {
      document.performance!.projects[0].indicators[1].groups[0].indicators[0].target = '≥95 百分比';
    });
    expect(differences).toEqual([
      {
        kind: 'changed',
        area: 'indicator',
        path: '/performance/projects/0/indicators/1/groups/0/indicators/0/target',
        label: '项目「办公办案费（治安支队）」· 满意度指标/服务对象满意度指标/群众满意度 · 指标值',
        before: '≥90 百分比',
        after: '≥95 百分比',
      },
    ]);
  });

  it('reports a changed narrative figure by its key within its section', () => {
    const differences = diffAfter(handan2022Document, (document) => {
      document.narrative!.sections[THREE_PUBLIC_SECTION].figures[0].amount = '726.08';
    });
    expect(differences).toEqual([
      {
        kind: 'changed',
        area: 'figure',
        path: '/narrative/sections/5/figures/0/amount',
        label: '情况说明 · 四、财政拨款“三公”经费预算情况及增减变化原因 · “三公”经费合计 · 金额',
        before: '906.49',
        after: '726.08',
      },
    ]);
  });

  it('reports a renamed sub-unit as a changed name when the sub-unit has a code', () => {
    const differences = diffAfter(julu2024Document, (document) => {
      document.unit.subUnits[1].name = '巨鹿县看守所';
    });
    expect(differences).toEqual([
      {
        kind: 'changed',
        area: 'unit',
        path: '/unit/subUnits/1/name',
        label: '单位 · 下属单位「巨鹿县看守所」· 单位名称',
        before: '巨鹿县公安局看守所',
        after: '巨鹿县看守所',
      },
    ]);
  });

  it('reports a renamed sub-unit without a code as one removed and one added, its name being its identity', () => {
    const before = handan2022Document();
    const differences = diffAfter(handan2022Document, (document) => {
      document.unit.subUnits[1].name = '邯郸市公安局流动人口管理办公室';
    });
    expect(differences).toEqual([
      {
        kind: 'removed',
        area: 'unit',
        path: '/unit/subUnits/1',
        label: '单位 · 下属单位「邯郸市公安局流动管理办公室」',
        before: before.unit.subUnits[1],
      },
      {
        kind: 'added',
        area: 'unit',
        path: '/unit/subUnits/1',
        label: '单位 · 下属单位「邯郸市公安局流动人口管理办公室」',
        after: { ...before.unit.subUnits[1], name: '邯郸市公安局流动人口管理办公室' },
      },
    ]);
  });

  it('finds nothing when only the order of tables, rows, sections, figures, projects and indicators changes', () => {
    const differences = diffAfter(handan2022Document, (document) => {
      document.tables.reverse();
      document.tables.forEach((table) => table.rows.reverse());
      document.unit.subUnits.reverse();
      document.narrative!.sections.reverse();
      document.narrative!.sections.forEach((section) => section.figures.reverse());
      document.performance!.projects.reverse();
      document.performance!.projects[1].indicators.reverse();
    });
    expect(differences).toEqual([]);
  });

  it('recognises a project that gained its code by its name', () => {
    const differences = diffAfter(handan2022Document, (document) => {
      document.performance!.projects[1].code = '13040022P00000000001X';
    });
    expect(differences).toEqual([
      {
        kind: 'added',
        area: 'project',
        path: '/performance/projects/1/code',
        label: '项目「专项办案业务经费」· 项目编码',
        after: '13040022P00000000001X',
      },
    ]);
  });

  it('never pairs two projects whose codes differ, even under the same name', () => {
    const before = julu2024Document();
    const differences = diffAfter(julu2024Document, (document) => {
      document.performance!.projects[0].code = '13052924P00584110433W';
    });
    expect(differences.map(({ kind, path }) => [kind, path])).toEqual([
      ['removed', '/performance/projects/0'],
      ['added', '/performance/projects/0'],
    ]);
    expect(differences[0].before).toEqual(before.performance!.projects[0]);
  });

  it('matches procurement rows by project, catalogue number and item, and names the amount column', () => {
    const row = {
      projectName: '信息化建设',
      item: '台式计算机',
      catalogCode: 'A02010104',
      quantity: '10',
      amounts: { total: '5.00', generalPublicBudget: '5.00' },
    };
    const before = handan2022Document();
    before.procurement!.rows.push(structuredClone({ ...row, item: '打印机', catalogCode: 'A020201' }), row);
    const after = structuredClone(before);
    after.procurement!.rows.reverse();
    after.procurement!.rows[0].amounts.generalPublicBudget = '4.50';
    expect(diffBudgetDocuments(before, after)).toEqual([
      {
        kind: 'changed',
        area: 'procurement',
        path: '/procurement/rows/0/amounts/generalPublicBudget',
        label:
          '部门政府采购预算 · 信息化建设 · 台式计算机（A02010104）· 当年部门预算安排资金 · 一般公共预算拨款',
        before: '5.00',
        after: '4.50',
      },
    ]);
  });

  it('reports an optional part that disappears once, as a whole', () => {
    const before = handan2022Document();
    const differences = diffAfter(handan2022Document, (document) => {
      delete document.narrative;
    });
    expect(differences).toEqual([
      { kind: 'removed', area: 'narrative', path: '/narrative', label: '情况说明', before: before.narrative },
    ]);
  });

  it('lists differences by area in document order, then by path with indices compared as numbers', () => {
    const differences = diffAfter(handan2022Document, (document) => {
      document.performance!.projects[0].indicators[0].groups[0].indicators[0].target = '≤50 万元';
      document.performance!.projects[0].amount = '48.00';
      document.tables[8].rows[6].amounts.total = '45.10';
      document.tables[2].rows[10].amounts.total = '1370.30';
      document.tables[2].rows[9].amounts.total = '1370.30';
      document.unit.name = '邯郸市公安局（本级）';
    });
    expect(differences.map(({ area, path }) => [area, path])).toEqual([
      ['unit', '/unit/name'],
      ['table', '/tables/2/rows/9/amounts/total'],
      ['table', '/tables/2/rows/10/amounts/total'],
      ['table', '/tables/8/rows/6/amounts/total'],
      ['project', '/performance/projects/0/amount'],
      ['indicator', '/performance/projects/0/indicators/0/groups/0/indicators/0/target'],
    ]);
  });
});
