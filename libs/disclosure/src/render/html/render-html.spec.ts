import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDisclosure } from '../../model/build-disclosure';
import { htmlStructure } from '../../testing/html-structure';
import { ATTRIBUTE_BREAK, SCRIPT, hostileHandan, loadSeed } from '../../testing/seed-documents';
import { renderHtml } from './render-html';

const GOLDEN = path.join(__dirname, '__golden__', 'handan-2022.structure.txt');
const options = { generatedAt: '2022-02-10T08:00:00.000Z' };

describe('renderHtml', () => {
  const html = renderHtml(buildDisclosure(loadSeed('handan-psb-2022'), options));

  it('has the structure of the 邯郸 2022 disclosure (golden file; UPDATE_GOLDEN=1 rewrites it)', () => {
    const structure = `${htmlStructure(html, { projectDetail: false }).join('\n')}\n`;
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(GOLDEN)) {
      mkdirSync(path.dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, structure);
    }
    expect(structure).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('is a complete, accessible zh-CN page with a linked 目录', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(html).toContain('<title>邯郸市公安局 2022 年部门预算信息公开</title>');
    expect(html).toContain('@media print');
    const anchors = [...html.matchAll(/<a href="#([^"]+)">/g)].map((match) => match[1]);
    expect(anchors.length).toBe(20);
    for (const anchor of anchors) expect(html).toContain(`id="${anchor}"`);
    expect(html).toContain('<th scope="colgroup" colspan="2">功能分类科目</th>');
    expect(html).toContain('<th scope="row">栏次</th>');
  });

  it('is byte-identical when rendered twice from the same model', () => {
    const model = buildDisclosure(loadSeed('handan-psb-2022'), options);
    expect(renderHtml(model)).toBe(renderHtml(model));
    expect(renderHtml(model)).toBe(html);
  });

  it('shows a unit’s markup as text in a narrative, a project name and a sub-unit name', () => {
    const hostile = renderHtml(buildDisclosure(hostileHandan(), options));
    expect(hostile).not.toContain(SCRIPT);
    expect(hostile).not.toContain('<img');
    expect(hostile).not.toMatch(/<script/i);
    // `onerror=` survives only as text: no tag carries it.
    expect(hostile).not.toMatch(/<[a-z][^>]*onerror/i);
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;';
    expect(hostile).toContain(
      `<p>说明&lt;script&gt;alert(1)&lt;/script&gt;和&quot;&gt;&lt;img src=x onerror=alert(1)&gt;结束</p>`,
    );
    expect(hostile).toContain(`<td>流动办${escaped}</td>`);
    expect(hostile).toContain(`<h5 id="project-1-heading">1、光纤${escaped}绩效目标表</h5>`);
    expect(ATTRIBUTE_BREAK).toContain('"');
  });

  it('renders the Henan layout and a targets-only document', () => {
    const jiyuan = renderHtml(buildDisclosure(loadSeed('jiyuan-psb-2020'), options));
    expect(jiyuan).toContain('<caption>2020年部门收支总体情况表</caption>');
    expect(jiyuan).toContain('注：无国有资本经营预算财政拨款预算，空表列示。');
    const julu = renderHtml(buildDisclosure(loadSeed('julu-psb-2024'), options));
    expect(julu).toContain('<p>本文件未包含部门预算表。</p>');
    expect(julu).toContain('安全监控工程建设及运维资金绩效目标表');
  });
});
