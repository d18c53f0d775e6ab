import type { ReportDocument, TableRows } from './report-document.ts';
import type { Random } from './seeded-random.ts';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function tableHtml(rows: TableRows, breakLabels: boolean): string {
  const tr = rows.map((row) => {
    const tds = row.map((c) => {
      const span = `${(c.rowspan ?? 1) > 1 ? ` rowspan="${c.rowspan}"` : ''}${(c.colspan ?? 1) > 1 ? ` colspan="${c.colspan}"` : ''}`;
      const text = breakLabels && /^(商业企业|科研机构|社会公益组织|法律服务机构)$/.test(c.text) ? `${escape(c.text.slice(0, 2))}<br>${escape(c.text.slice(2))}` : escape(c.text);
      return `<td${span}><p>${text}</p></td>`;
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<table border="1" cellspacing="0" cellpadding="0"><tbody>\n${tr.join('\n')}\n</tbody></table>`;
}

/** A saved government web page: navigation and footer around the article, tables with real rowspan/colspan. */
export function renderHtmlReport(doc: ReportDocument, r: Random): string {
  const breakLabels = r.chance(0.3);
  const headingTag = r.pick(['h2', 'strong'] as const);
  const body = doc.blocks.map((b) => {
    if (b.kind === 'table') return tableHtml(b.rows, breakLabels);
    if (b.kind === 'heading') return headingTag === 'h2' ? `<h2>${escape(b.text)}</h2>` : `<p><strong>${escape(b.text)}</strong></p>`;
    return `<p>${escape(b.text)}</p>`;
  });
  const title = doc.titleLines.join('');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${escape(title)}_淄博市张店区人民政府</title></head><body>
<div class="header"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a> <a href="/bsfw/">办事服务</a></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>
<div class="article-content">
<h1>${doc.titleLines.map(escape).join('<br>')}</h1>
${body.join('\n')}
${doc.signature.map((s) => `<p style="text-align:right">${escape(s)}</p>`).join('\n')}
</div>
<div class="footer">主办：淄博市张店区人民政府办公室 网站标识码：3703030001 鲁ICP备05001997号</div>
</body></html>
`;
}
