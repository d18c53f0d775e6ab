import { CHANNEL_DIMS, KIND_DIMS, LEVEL_DIMS, PROACTIVE_CHANNEL, type DimensionWords } from './narrative-dimensions.ts';

/**
 * Rules that name what a narrative figure counts. Each rule looks at the figure's label (the words
 * before the number), its unit, the subject of the sentence (what the sentence is about so far) and the
 * context (section heading, sub-section headings and sentence). First match wins; no match → "figure".
 */
export type Subject = 'applications' | 'review' | 'litigation' | 'review_litigation' | 'npc' | 'cppcc' | 'npc_cppcc' | null;

export interface NarrativeRule {
  metric: string;
  label: RegExp;
  subject?: Subject[];
  units?: string[];
  context?: RegExp;
  notLabel?: RegExp;
  /** For figures named after the number ("收到12起政府信息依申请公开"): the words that must follow it. */
  after?: RegExp;
  /** Dimension taken from the label (else its clause): the one value whose words are there (dimensionHit). */
  dims?: Record<string, DimensionWords>;
}

const COUNT = ['件', '起', '宗', '个', '次'];
// Applications are sometimes counted in 条 ("收到依申请公开办件0条").
const APPLICATION_COUNT = [...COUNT, '条'];
const ITEMS = ['条', '件', '篇', '个', '项'];
const OUTCOME_SUBJECTS: Subject[] = ['review', 'litigation', 'review_litigation'];

export const NARRATIVE_RULES: NarrativeRule[] = [
  // 行政复议 / 行政诉讼: the outcome words apply to whichever of the two the sentence is about.
  { metric: '{subject}.maintained', label: /维持|驳回/, subject: OUTCOME_SUBJECTS, units: COUNT },
  { metric: '{subject}.corrected', label: /纠正|纠错/, subject: OUTCOME_SUBJECTS, units: COUNT },
  { metric: '{subject}.pending', label: /尚未审结|未审结/, subject: OUTCOME_SUBJECTS, units: COUNT },
  { metric: '{subject}.other', label: /其他/, subject: OUTCOME_SUBJECTS, units: COUNT },
  { metric: '{subject}.total', label: /行政复议|行政诉讼|案|共|总/, subject: OUTCOME_SUBJECTS, units: COUNT },

  // Applications. Applicant-type items in prose (自然人申请63件) may include carried-over ones: left as figures.
  { metric: 'applications.carried_in', label: /(上一?年|去年)(度)?结转/, subject: ['applications'], units: COUNT },
  { metric: 'applications.carried_over', label: /结转下年|转入下年/, units: COUNT },
  { metric: 'figure', label: /自然人|企业|科研机构|公益组织|法律服务机构/, subject: ['applications'] },
  { metric: 'applications.received', label: /(传真|互联网|网络|网上|在线|信函|邮寄|当面|现场).{0,6}申请/, subject: ['applications'], units: COUNT, dims: { channel: CHANNEL_DIMS } },
  { metric: 'applications.received', label: /(收到|接收到?|受理|接到|新收).{0,30}(申请|依申请公开)|申请(总数|书|数量?)(为|共|达)?$|依申请公开$/, subject: ['applications'], units: APPLICATION_COUNT, dims: { level: LEVEL_DIMS } },
  { metric: 'applications.received', label: /(收到|接到|受理|接收)$/, after: /^(政府)?(信息)?(公开)?(依)?申请|^政府信息依申请公开|^依申请公开/, subject: ['applications'], units: APPLICATION_COUNT },
  { metric: 'applications.processed', label: /办理完毕|办结|答复完毕/, subject: ['applications'], units: COUNT },
  { metric: 'applications.reply_rate', label: /答复|办结|同意率/, subject: ['applications'], units: ['%'], notLabel: /占/ },

  // 人大代表建议 / 政协提案: category items (监察司法类建议共11件) are figures, not totals.
  { metric: 'figure', label: /类(建议|提案)?共?$|主办|分办|协办|集体提案|^委员提案/, subject: ['npc', 'cppcc'] },
  { metric: 'npc_suggestions.received', label: /代表建议|共计|共|合计/, subject: ['npc'], units: ['件', '条'], notLabel: /解决|采纳|答复|办复|占/ },
  { metric: 'cppcc_proposals.registered', label: /立案/, subject: ['cppcc'], units: ['件', '条'] },
  { metric: 'cppcc_proposals.received', label: /(收到|提交|共|办理|承办|政协(委员)?)[^、]*提案$|提案(共|总数)|^政协(委员)?提案/, subject: ['cppcc'], units: ['件', '条'] },

  // Proactive disclosure: only where the section or sub-section is about it.
  { metric: 'interpretation.total', label: /解读(材料|文章|稿件|信息)?(共|数|总数)?$|解读[^，,、]{0,6}(文件|政策)$/, units: ITEMS, dims: { kind: KIND_DIMS } },
  { metric: 'proactive.total', label: /(主动公开|公开发布|发布|公开)[^，,]{0,12}(信息|文件|动态)(数|总数)?(达|为|共计|共|合计|总计|累计)?$|主动公开(数|总数)?(达|为|共计|共)?$|(通过|在)[^，,、]{0,12}(网站|微博|微信|公众号|客户端|公开栏|新媒体)[^，,、]{0,4}(公开|发布)$/, units: ['条', '件'], context: /主动公开/, notLabel: /解读|目录|手机台|更新量|规范性文件|免予公开|不予公开|国家秘密/, dims: { channel: PROACTIVE_CHANNEL } },
  { metric: 'website.visits', label: /访问量|点击量|浏览量/, notLabel: /手机台|APP|客户端|微信|微博|公众号/ },
  { metric: 'fees.total', label: /收取|收费|信息处理费|费用/, units: ['元', '万元'] },
];

/**
 * Statements of "none", which are facts with value 0. Each test runs on one clause (text between
 * ，：；。), so a figure elsewhere in the sentence neither hides the statement nor becomes its value.
 */
export interface ZeroRule {
  /** The statement; global, every match in the clause counts. */
  test: RegExp;
  /** Words from the statement to its clause end that mean it is about something else ("未收到…行政复议申请"). */
  unless?: RegExp;
  /** requires: words that must follow in the clause ("未发生…行政复议、提起行政诉讼" gives both). */
  facts: { metric: string; unit: string; dims?: Record<string, string>; requires?: RegExp }[];
}

// Negations: "没有" before "没" and "暂未" before "未" so the longest one is the statement's start.
const NOT = '(?:未曾|暂未|尚未|并未|均未|从未|没有|未|没)';
const NONE = '(?:暂无|没有|不存在|无)';
// What an application is called: "申请人/申请书" are not applications.
const APPLICATION = '(?:申请(?![人书表])|依申请公开|受理件)';
const APPLICATION_NOUN = '(?:(?:政府|政务)?信息公开申请|依申请公开|公开申请|申请公开)';
const TAKE = '(?:收到|接到|受理|接收|接受|处理|发生|出现|产生)';

export const ZERO_RULES: ZeroRule[] = [
  {
    test: new RegExp(`${NOT}${TAKE}(?:过|到)?[^，,：:]{0,36}?${APPLICATION}|${NONE}(?:任何)?${APPLICATION_NOUN}|(?:依申请公开|公开申请)(?:的)?(?:数量|件数|数|事项|情况|结果)?均?(?:为|是)(?:零|无)(?![法需])`, 'g'),
    unless: /复议|诉讼|建议|提案|收费|费用|减免|超期|逾期|超时|延期|投诉|举报/,
    facts: [{ metric: 'applications.received', unit: '件' }],
  },
  { test: /(?:未|没有|不存在)[^，,：:]{0,6}不予公开/g, facts: [{ metric: 'applications.outcome', unit: '件', dims: { outcome: 'withheld' } }] },
  {
    test: new RegExp(`(?:${NOT}|${NONE})(?!法|需缴|经)[^，,：:]{0,20}?(?:收取|收费|费用|减免)|不(?:予)?(?:收取|收费)`, 'g'),
    unless: /逾期|通知|行政事业性|经费|财政|预算|拨付/,
    facts: [{ metric: 'fees.total', unit: '元' }],
  },
  {
    // "未经复议直接起诉" is a kind of case, "尚未审结" an outcome, "无法" / "无论" no negation of a case.
    test: new RegExp(`(?:${NOT}|${NONE})(?!经|审结|结案|法|论)(?:发生|出现|收到|接到|引起|产生|被)?[^，,：:]{0,40}?(?:复议|诉讼|起诉)`, 'g'),
    unless: /纠错|纠正|撤销|败诉|维持|确认违法|审结|决定书/,
    facts: [
      { metric: 'review.total', unit: '起', requires: /复议/ },
      { metric: 'litigation.total', unit: '起', requires: /诉讼|起诉/ },
    ],
  },
  { test: /(?:未|没有)收到[^，,：:]{0,10}(?:人大|代表建议)/g, facts: [{ metric: 'npc_suggestions.received', unit: '件' }] },
  { test: /(?:未|没有)收到[^，,：:]{0,20}提案/g, facts: [{ metric: 'cppcc_proposals.received', unit: '件' }] },
];

/** What a clause is about, in the order tested. */
export const SUBJECTS: [RegExp, Exclude<Subject, null>][] = [
  [/行政复议[^。；;]*行政诉讼|复议[^。；;]*诉讼/, 'review_litigation'],
  [/行政复议|复议/, 'review'],
  [/行政诉讼|诉讼/, 'litigation'],
  // "人大代表建议和政协委员提案共14件" counts both: no rule names that total, so it stays a figure.
  [/(代表建议|人大建议)[^。；;，,]*提案|提案[^。；;，,]*(代表建议|人大建议)/, 'npc_cppcc'],
  [/人大代表建议|代表建议|人大建议/, 'npc'],
  [/提案/, 'cppcc'],
  [/申请/, 'applications'],
];

/** Where a sentence names the level of the body a suggestion went to, nearest mention first. */
export const LEVEL_MARKERS: [RegExp, string][] = [
  [/市级|市人大|市政协/g, 'city'],
  [/区级|本级|区人大|区政协|区[^，,。；;]{0,8}人民代表大会|政协张店区|政协[^，,。；;]{0,4}区/g, 'district'],
];

export const CUMULATIVE = /累计|截至目前|截止目前|历年|至今|(颁布|实施|施行|成立|开通|上线|创刊)以来/g;
export const THIS_YEAR = /全年|年内|本年|今年|\d{4}年(?!\d{1,2}月\d{1,2}日)/g;
export const WHOLE_YEAR_PERIOD = /自?\d{4}年1月1日(起)?(至|到|-)\d{4}年12月31日/;

/**
 * A relative figure's label ends in a comparison with an earlier period and the way it went
 * ("比去年减少", "同比下降", "与去年相比减少", "较2024年提升"): the figure is a change, never the count.
 * 占比 / 对比 are not comparisons with last year.
 */
export const CHANGE_LABEL = /(?<![占对])(同比|环比|较|比|相比|相较)[^，,、。；;]{0,14}?(增加|增长|增多|多出|上升|提升|提高|上涨|多|减少|下降|降低|下滑|回落|减|少)了?$/;
export const CHANGE_DOWN = /(减少|下降|降低|下滑|回落|减|少)了?$/;

/** What a change is of, from the words naming it ("申请数量同比下降") when the sentence has no earlier figure. */
export const CHANGE_BASES: [RegExp, string][] = [
  [/复议/, 'review.total'],
  [/诉讼/, 'litigation.total'],
  [/申请/, 'applications.received'],
  [/解读/, 'interpretation.total'],
  [/访问|点击|浏览/, 'website.visits'],
  [/公开|发布|信息/, 'proactive.total'],
];

/** The metric a change of each counted metric is stored under (intents/metrics.json); any other: "change". */
export const CHANGE_METRICS: Record<string, string> = {
  'applications.received': 'applications.received_change',
  'proactive.total': 'proactive.total_change',
  'review.total': 'review.total_change',
  'litigation.total': 'litigation.total_change',
};
