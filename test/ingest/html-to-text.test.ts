import { describe, it, expect } from 'vitest';
import { htmlToText } from '../../src/ingest/html-to-text.ts';

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const zeros = (n: number): string => '<td>0</td>'.repeat(n);
const numbers = (values: number[]): string => values.map((v) => `<td><p align="center">${v}</p></td>`).join('');

/** Modelled on the national template table 三、收到和处理政府信息公开申请情况 (abridged rows). */
const APPLICATION_TABLE = `
<table border="1" cellspacing="0" class="MsoTableGrid">
  <tbody>
    <tr>
      <td rowspan="3" colspan="3"><p>${NOTE}</p></td>
      <td colspan="7"><p>申请人情况</p></td>
    </tr>
    <tr>
      <td rowspan="2">自然人</td>
      <td colspan="5">法人或其他组织</td>
      <td rowspan="2">总计</td>
    </tr>
    <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
    <tr><td colspan="3"><p>一、本年新收政府信息
        公开申请数量</p></td>${numbers([2, 1, 0, 0, 0, 0, 3])}</tr>
    <tr><td colspan="3">二、上年结转政府信息公开申请数量</td>${zeros(7)}</tr>
    <tr>
      <td rowspan="6">三、本年度办理结果</td>
      <td colspan="2">（一）予以公开</td>${numbers([1, 1, 0, 0, 0, 0, 2])}
    </tr>
    <tr><td colspan="2">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td>${zeros(7)}</tr>
    <tr>
      <td rowspan="3">（三）不予公开</td>
      <td>1.属于<br>国家秘密</td>${zeros(7)}
    </tr>
    <tr><td>2.其他法律行政法规禁止公开</td>${zeros(7)}</tr>
    <tr><td>3.危及“三安全一稳定”</td>${zeros(7)}</tr>
    <tr><td colspan="2">（七）总计</td>${numbers([1, 1, 0, 0, 0, 0, 2])}</tr>
    <tr><td colspan="3">四、结转下年度继续办理</td>${numbers([1, 0, 0, 0, 0, 0, 1])}</tr>
  </tbody>
</table>`;

const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>张店区科学技术局2018年政府信息公开工作年度报告</title>
<style>.nav { color: red; } /* 样式 */</style></head>
<body>
  <div class="top-header"><img src="logo.png" alt="logo"><span>淄博市张店区人民政府</span></div>
  <ul id="mainNav"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/hdjl">互动交流</a></li></ul>
  <div class="breadcrumb">当前位置：首页 &gt; 政府信息公开 &gt; 年度报告</div>
  <div class="wrap">
    <div class="article">
      <h1>张店区科学技术局2018年政府信息公开工作年度报告</h1>
      <div id="zoom">
        <p>&nbsp;&nbsp;&nbsp;&nbsp;本报告根据《中华人民共和国政府信息公开条例》要求编制。</p>
        <p><strong>一、总体情况</strong></p>
        <p>2018年，我局共主动公开政府信息<span>56</span>条，
           收到政府信息公开申请3件。</p>
        <p>三、收到和处理政府信息公开申请情况</p>
        ${APPLICATION_TABLE}
        <p>四、存在的主要问题及改进情况</p>
      </div>
    </div>
    <div class="sidebar"><h3>相关链接</h3><a>山东省人民政府</a></div>
  </div>
  <div class="share-box">分享到：微信 微博</div>
  <footer><p>版权所有：淄博市张店区人民政府\u3000鲁ICP备00000000号</p></footer>
  <script>document.write('脚本内容');</script>
</body></html>`;

describe('htmlToText on a published report page', () => {
  const text = htmlToText(PAGE);
  const lines = text.split('\n');

  it.each(['首页', '当前位置', '淄博市张店区人民政府', '相关链接', '分享到', '版权所有', '脚本内容', '样式', 'color'])(
    'drops page furniture: %s',
    (furniture) => {
      expect(text).not.toContain(furniture);
    },
  );

  it('keeps the heading and each paragraph on its own line', () => {
    expect(lines.slice(0, 4)).toEqual([
      '张店区科学技术局2018年政府信息公开工作年度报告',
      '本报告根据《中华人民共和国政府信息公开条例》要求编制。',
      '一、总体情况',
      '2018年，我局共主动公开政府信息56条，收到政府信息公开申请3件。',
    ]);
    expect(lines.at(-1)).toBe('四、存在的主要问题及改进情况');
  });

  it.each([
    `| ${NOTE} | ${NOTE} | ${NOTE} | 申请人情况 | 申请人情况 | 申请人情况 | 申请人情况 | 申请人情况 | 申请人情况 | 申请人情况 |`,
    `| ${NOTE} | ${NOTE} | ${NOTE} | 自然人 | 法人或其他组织 | 法人或其他组织 | 法人或其他组织 | 法人或其他组织 | 法人或其他组织 | 总计 |`,
    `| ${NOTE} | ${NOTE} | ${NOTE} | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |`,
    '| 一、本年新收政府信息公开申请数量 | 一、本年新收政府信息公开申请数量 | 一、本年新收政府信息公开申请数量 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |',
    '| 三、本年度办理结果 | （一）予以公开 | （一）予以公开 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |',
    '| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '| 三、本年度办理结果 | （三）不予公开 | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '| 三、本年度办理结果 | （七）总计 | （七）总计 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |',
    '| 四、结转下年度继续办理 | 四、结转下年度继续办理 | 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
  ])('emits the grid row %s', (row) => {
    expect(lines).toContain(row);
  });

  it('emits every table row as a 10-column grid line between blank lines', () => {
    const first = lines.findIndex((l) => l.startsWith('|'));
    const rows = lines.slice(first, first + 12);
    expect(rows.every((r) => r.split(' | ').length === 10)).toBe(true);
    expect(lines[first - 2]).toBe('三、收到和处理政府信息公开申请情况');
    expect(lines[first - 1]).toBe('');
    expect(lines[first + 12]).toBe('');
    expect(lines[first + 13]).toBe('四、存在的主要问题及改进情况');
  });
});

describe('htmlToText on small inputs', () => {
  const cases: { name: string; html: string; expected: string }[] = [
    {
      name: '2x2 with rowspan',
      html: '<table><tr><td rowspan="2">A</td><td>B</td></tr><tr><td>C</td></tr></table>',
      expected: '| A | B |\n| A | C |',
    },
    {
      name: '2x2 with colspan and an empty cell',
      html: '<table><tr><th colspan="2">X</th></tr><tr><td>Y</td><td> </td></tr></table>',
      expected: '| X | X |\n| Y |  |',
    },
    {
      name: 'short row padded to the grid width',
      html: '<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>',
      expected: '| a | b | c |\n| d |  |  |',
    },
    {
      name: 'rowspan beyond the last row is clipped',
      html: '<table><tr><td rowspan="5">A</td><td>B</td></tr></table>',
      expected: '| A | B |',
    },
    {
      name: 'pipe inside a cell and whitespace collapsed',
      html: '<table><tr><td>a | b</td><td>  x \n  y  </td></tr></table>',
      expected: '| a ｜ b | x y |',
    },
    {
      name: 'nested table rows follow the outer row',
      html: '<table><tr><td>外<table><tr><td>内1</td><td>内2</td></tr></table></td><td>右</td></tr><tr><td>下</td><td>下右</td></tr></table>',
      expected: '| 外 | 右 |\n| 内1 | 内2 |\n| 下 | 下右 |',
    },
    {
      name: 'blank lines around a table between paragraphs',
      html: '<p>前</p><table><tr><td>1</td></tr></table><p>后</p>',
      expected: '前\n\n| 1 |\n\n后',
    },
    {
      name: 'inline elements joined, br and div break lines, entities decoded',
      html: '<div>张店区<b>科学</b><i>技术局</i><br>A&amp;B&nbsp;&nbsp; &lt;C&gt;</div><div>第二行</div>',
      expected: '张店区科学技术局\nA&B <C>\n第二行',
    },
    {
      name: 'source line break between CJK characters is not a space, between Latin words it is',
      html: '<p>政府信息\n      公开 annual\n report</p>',
      expected: '政府信息公开 annual report',
    },
    {
      name: 'ASP.NET form wrapping the whole page is kept, nav inside it dropped',
      html: '<form id="form1"><div class="menu">首页 导航</div><p>正文第一段内容</p><p>正文第二段内容</p></form>',
      expected: '正文第一段内容\n正文第二段内容',
    },
    {
      name: 'no content container: the body is used',
      html: '<div class="nav">首页</div><p>报告正文</p><div id="footer">版权</div>',
      expected: '报告正文',
    },
    {
      name: 'content container that holds little of the text is ignored',
      html: '<div class="content">简短</div><p>这里才是报告的大部分正文内容</p>',
      expected: '简短\n这里才是报告的大部分正文内容',
    },
    { name: 'empty document', html: '', expected: '' },
  ];

  it.each(cases)('$name', ({ html, expected }) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it('uses the content container when it holds most of the text', () => {
    const html = '<div class="left">左栏链接</div><div class="TRS_Editor content"><p>报告正文很长很长很长很长</p></div>';
    expect(htmlToText(html)).toBe('报告正文很长很长很长很长');
  });
});
