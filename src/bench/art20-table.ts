import type { StatedFact } from './corpus-types.ts';
import type { TableCell, TableRows } from './report-document.ts';
import type { Random } from './seeded-random.ts';
import type { BuiltTable } from './template-tables.ts';

const cell = (text: string, colspan = 1): TableCell => ({ text, colspan });

interface Column {
  label: string;
  key: string;
  unit: string;
  span?: number;
}

interface Row {
  label: string;
  metric: string;
  /** Blank cells ("/", "—", "") are not facts: the report states nothing there. */
  values: (number | string)[];
}

/** A 第二十条 block: header row, column labels, rows; colspans keep the table 4 columns wide. */
function block(no: string, columns: Column[], rows: Row[], labelSpan: number, facts: StatedFact[]): TableRows {
  const out: TableRows = [[cell(`第二十条第（${no}）项`, 4)], [cell('信息内容', labelSpan), ...columns.map((c) => cell(c.label, c.span ?? 1))]];
  for (const row of rows) {
    out.push([cell(row.label, labelSpan), ...row.values.map((v, k) => cell(typeof v === 'number' ? String(v) : v, columns[k]?.span ?? 1))]);
    row.values.forEach((v, k) => {
      const col = columns[k];
      const n = typeof v === 'number' ? { value: v, unit: col?.unit ?? '' } : amountIn(v);
      if (!col || !n) return;
      const scope = col.key === 'in_force' || col.key === 'total_published' ? 'cumulative' : 'year';
      facts.push({ metric: row.metric, dims: { column: col.key }, value: n.value, unit: n.unit, qualifier: null, scope, phrasing: 'table.art20', quote: `${row.label}（${col.label}）` });
    });
  }
  return out;
}

/** "251000元" and "12.5万元" are stated amounts; "/" and "—" are not. */
function amountIn(text: string): { value: number; unit: string } | null {
  const m = /^(\d+(?:\.\d+)?)(万元|元)$/.exec(text);
  return m ? { value: Number(m[1]), unit: m[2] ?? '' } : null;
}

const money = (r: Random, max: number): number => (r.chance(0.4) ? 0 : Math.round(r.next() * max * 100) / 100);

/** 规章 are made by the district government only: departments leave the row blank or zero. */
function rulesRow(r: Random, width: number, metric: string): Row {
  const blank = r.chance(0.25) ? r.pick(['/', '—', '']) : null;
  return { label: '规章', metric, values: Array.from({ length: width }, () => blank ?? 0) };
}

function counts(r: Random): [number, number, number] {
  const prev = r.int(0, 80);
  return [prev, r.chance(0.3) ? r.int(-Math.min(prev, 5), 5) : 0, r.int(0, r.chance(0.2) ? 3000 : 60)];
}

export function art20Table2019(r: Random): BuiltTable {
  const facts: StatedFact[] = [];
  const made = r.int(0, 5);
  const published = r.int(0, made);
  const items = r.int(0, 30);
  const amount = money(r, 500);
  const amountText = items === 0 ? '0' : r.pick([String(amount), `${Math.round(amount * 10000)}元`, `${amount}万元`]);
  const three = (k: string[], labels: string[], units: string[]): Column[] => k.map((key, i) => ({ key, label: labels[i] ?? '', unit: units[i] ?? '' }));
  const itemCols = three(['prev_items', 'change', 'decisions'], ['上一年项目数量', '本年增/减', '处理决定数量'], ['项', '项', '件']);
  const rows: TableRows = [
    ...block('一', three(['new_made', 'new_published', 'total_published'], ['本年新制作数量', '本年新公开数量', '对外公开总数量'], ['件', '件', '件']),
      [rulesRow(r, 3, 'art20.rules'), { label: '规范性文件', metric: 'art20.normative_docs', values: [made, published, r.int(published, 60)] }], 1, facts),
    ...block('五', itemCols, [{ label: '行政许可', metric: 'art20.licensing', values: counts(r) }, { label: '其他对外管理服务事项', metric: 'art20.other_services', values: counts(r) }], 1, facts),
    ...block('六', itemCols, [{ label: '行政处罚', metric: 'art20.penalty', values: counts(r) }, { label: '行政强制', metric: 'art20.coercion', values: counts(r) }], 1, facts),
    ...block('八', [itemCols[0] as Column, { ...(itemCols[1] as Column), span: 2 }], [{ label: '行政事业性收费', metric: 'art20.admin_fees', values: counts(r).slice(0, 2) }], 1, facts),
    ...block('九', [{ key: 'procurement_items', label: '采购项目数量', unit: '项' }, { key: 'procurement_amount', label: '采购总金额', unit: '', span: 2 }],
      [{ label: '政府集中采购', metric: 'art20.procurement', values: [items, /^\d+(\.\d+)?$/.test(amountText) ? Number(amountText) : amountText] }], 1, facts),
  ];
  return { rows, facts };
}

/**
 * 2021 one-column blocks (（五）（六）（八）) in a 4-column table: published pages span either the label or
 * the value over three columns.
 */
export function art20Table2021(r: Random): BuiltTable {
  const facts: StatedFact[] = [];
  const spanValue = r.chance(0.5);
  const one = (key: string, label: string, unit: string): Column[] => [{ key, label, unit, span: spanValue ? 3 : 1 }];
  const labelSpan = spanValue ? 1 : 3;
  const n = (): number => r.int(0, r.chance(0.2) ? 3000 : 60);
  const rows: TableRows = [
    ...block('一', [{ key: 'issued', label: '本年制发件数', unit: '件' }, { key: 'repealed', label: '本年废止件数', unit: '件' }, { key: 'in_force', label: '现行有效件数', unit: '件' }],
      [rulesRow(r, 3, 'art20.rules'), { label: '行政规范性文件', metric: 'art20.normative_docs', values: [r.int(0, 5), r.int(0, 3), r.int(0, 60)] }], 1, facts),
    ...block('五', one('decisions', '本年处理决定数量', '件'), [{ label: '行政许可', metric: 'art20.licensing', values: [n()] }], labelSpan, facts),
    ...block('六', one('decisions', '本年处理决定数量', '件'), [{ label: '行政处罚', metric: 'art20.penalty', values: [n()] }, { label: '行政强制', metric: 'art20.coercion', values: [n()] }], labelSpan, facts),
    ...block('八', one('fee_amount', '本年收费金额（单位：万元）', '万元'), [{ label: '行政事业性收费', metric: 'art20.admin_fees', values: [money(r, 50)] }], labelSpan, facts),
  ];
  return { rows, facts };
}
