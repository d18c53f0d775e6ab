import type { Random } from './seeded-random.ts';

/**
 * Real-looking Zhangdian bodies. Some real names trip simple organisation-suffix rules (社会 holds 会,
 * 房镇镇 ends in 镇 twice, 淄博市…局张店分局 has 局 inside): they are kept on purpose, since the real
 * district has them.
 */
const DEPARTMENTS = [
  '教育和体育局', '科学技术局', '民政局', '司法局', '财政局', '人力资源和社会保障局', '住房和城乡建设局', '交通运输局',
  '农业农村局', '商务局', '文化和旅游局', '卫生健康局', '退役军人事务局', '应急管理局', '审计局', '市场监督管理局',
  '统计局', '医疗保障局', '城市管理局', '综合行政执法局', '行政审批服务局', '发展和改革局', '工业和信息化局', '水利局',
  '信访局', '大数据局', '园林绿化局', '投资促进局', '机关事务服务中心', '融媒体中心', '档案馆', '人民政府办公室',
  '残疾人联合会', '供销合作社联合社', '地方金融监督管理局', '国有资产运营服务中心', '公共资源交易中心', '社会保险事业中心',
];
const STREETS = ['车站', '公园', '和平', '科苑', '体育场', '杏园', '湖田', '四宝山', '马尚', '中埠', '房镇', '南定', '沣水', '傅家'];
const CITY_BRANCHES = ['淄博市公安局张店分局', '淄博市自然资源局张店分局', '淄博市生态环境局张店分局'];
const STEMS = [
  '教育', '科技', '民政', '司法', '财政', '住房保障', '交通运输', '农业农村', '商务', '文化旅游', '卫生健康', '退役军人', '应急管理',
  '审计', '市场监管', '统计', '医疗保障', '城市管理', '行政审批', '发展改革', '工业信息化', '水利', '大数据', '园林绿化', '投资促进',
  '国有资产', '粮食', '安全生产', '食品药品', '城乡规划', '环境卫生', '公共资源', '畜牧兽医', '林业', '气象', '人民防空', '地震',
  '档案', '地方志', '老干部', '机关事务', '招商', '农机', '就业', '数字城管', '质量技术', '节能', '公路', '水务', '殡葬',
];
const UNIT_SUFFIXES = [
  '事业发展中心', '综合服务中心', '服务中心', '保障中心', '信息中心', '执法大队', '管理所', '管理站', '研究中心', '技术推广站',
  '监测站', '检测中心', '促进中心', '调度中心', '指导站', '事务中心', '数据中心', '宣传教育中心', '培训中心', '发展服务中心',
];

/** Every candidate name, in a fixed order (the seed decides which are used). */
function allNames(): string[] {
  const names = new Set<string>();
  for (const d of DEPARTMENTS) names.add(`张店区${d}`);
  for (const s of STREETS) names.add(['中埠', '房镇', '南定', '沣水', '傅家'].includes(s) ? `张店区${s}镇人民政府` : `张店区${s}街道办事处`);
  for (const b of CITY_BRANCHES) names.add(b);
  for (const stem of STEMS) for (const suffix of UNIT_SUFFIXES) names.add(`张店区${stem}${suffix}`);
  return [...names];
}

/**
 * `count` distinct agency names drawn from all candidates alike, so the share of names that are hard to
 * read (社会, 车站, 房镇镇, …张店分局) is about the same at every corpus size.
 */
export function agencyNames(random: Random, count: number): string[] {
  const all = allNames();
  if (count > all.length) throw new Error(`at most ${all.length} distinct agencies can be generated, ${count} asked`);
  return random.shuffle(all).slice(0, count);
}

const SELF: [string, string][] = [
  ['街道办事处', '我街道'], ['镇人民政府', '我镇'], ['人民政府办公室', '我办'], ['大队', '我队'], ['联合会', '我会'], ['联合社', '我社'],
  ['中心', '我中心'], ['局', '我局'], ['馆', '我馆'], ['站', '我站'], ['所', '我所'],
];

/** How the report refers to itself: 我局, 我中心, 我街道 … */
export function selfReference(agency: string): string {
  return SELF.find(([tail]) => agency.endsWith(tail))?.[1] ?? '本机关';
}

/** The short name a report uses in its own text: 区科技局-like (drops 张店, keeps the body word). */
export function shortName(agency: string): string {
  return agency.startsWith('张店区') ? `区${agency.slice(3)}` : agency;
}
