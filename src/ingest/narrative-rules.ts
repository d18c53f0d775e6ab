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
  /** Dimension taken from the label: first pattern that matches gives the value. */
  dims?: Record<string, [RegExp, string][]>;
}

const COUNT = ['件', '起', '宗', '个', '次'];
const ITEMS = ['条', '件', '篇', '个', '项'];
const OUTCOME_SUBJECTS: Subject[] = ['review', 'litigation', 'review_litigation'];
const CHANNEL_DIMS: [RegExp, string][] = [[/传真/, 'fax'], [/互联网|网络申请|网上|在线/, 'internet'], [/信函|邮寄/, 'letter'], [/当面|现场/, 'in_person']];
const PROACTIVE_CHANNEL: [RegExp, string][] = [[/门户网站|政府网站/, 'website'], [/微博/, 'weibo'], [/微信/, 'wechat'], [/其他方式/, 'other']];
const LEVEL_DIMS: [RegExp, string][] = [[/镇|街道/, 'town'], [/区政府|区级|工作部门/, 'district']];
const KIND_DIMS: [RegExp, string][] = [[/部门解读/, 'department'], [/领导(干部)?解读/, 'leader'], [/专家解读/, 'expert'], [/图文解读/, 'graphic'], [/视频解读/, 'video']];

export const NARRATIVE_RULES: NarrativeRule[] = [
  // 行政复议 / 行政诉讼: the outcome words apply to whichever of the two the sentence is about.
  { metric: '{subject}.maintained', label: /维持|驳回/, subject: OUTCOME_SUBJECTS, units: COUNT },
  { metric: '{subject}.corrected', label: /纠正|纠错/, subject: OUTCOME_SUBJECTS, units: COUNT },
  { metric: '{subject}.pending', label: /尚未审结|未审结/, subject: OUTCOME_SUBJECTS, units: COUNT },
  { metric: '{subject}.other', label: /其他/, subject: OUTCOME_SUBJECTS, units: COUNT },
  { metric: '{subject}.total', label: /行政复议|行政诉讼|案|共|总/, subject: OUTCOME_SUBJECTS, units: COUNT },

  // Applications. Applicant-type items in prose (自然人申请63件) may include carried-over ones: left as figures.
  { metric: 'applications.carried_in', label: /上年(度)?结转/, subject: ['applications'], units: COUNT },
  { metric: 'applications.carried_over', label: /结转下年|转入下年/, units: COUNT },
  { metric: 'figure', label: /自然人|企业|科研机构|公益组织|法律服务机构/, subject: ['applications'] },
  { metric: 'applications.received', label: /(传真|互联网|网络|网上|在线|信函|邮寄|当面|现场).{0,6}申请/, subject: ['applications'], units: COUNT, dims: { channel: CHANNEL_DIMS } },
  { metric: 'applications.received', label: /(收到|接收到?|受理|接到).{0,30}(申请|依申请公开)|申请(总数|书|数量?)(为|共|达)?$|依申请公开$/, subject: ['applications'], units: COUNT, dims: { level: LEVEL_DIMS } },
  { metric: 'applications.received', label: /(收到|接到|受理|接收)$/, after: /^(政府信息)?(公开)?(依)?申请|^政府信息依申请公开|^依申请公开/, subject: ['applications'], units: COUNT },
  { metric: 'applications.processed', label: /办理完毕|办结|答复完毕/, subject: ['applications'], units: COUNT },
  { metric: 'applications.reply_rate', label: /答复|办结|同意率/, subject: ['applications'], units: ['%'], notLabel: /占/ },

  // 人大代表建议 / 政协提案: category items (监察司法类建议共11件) are figures, not totals.
  { metric: 'figure', label: /类(建议|提案)?共?$|主办|分办|协办|集体提案|^委员提案/, subject: ['npc', 'cppcc'] },
  { metric: 'npc_suggestions.received', label: /代表建议|共计|共|合计/, subject: ['npc'], units: ['件', '条'], notLabel: /解决|采纳|答复|办复|占/ },
  { metric: 'cppcc_proposals.registered', label: /立案/, subject: ['cppcc'], units: ['件', '条'] },
  { metric: 'cppcc_proposals.received', label: /(收到|提交|共|办理|承办|政协(委员)?)[^、]*提案$|提案(共|总数)|^政协(委员)?提案/, subject: ['cppcc'], units: ['件', '条'] },

  // Proactive disclosure: only where the section or sub-section is about it.
  { metric: 'interpretation.total', label: /解读(材料|文章|稿件|信息)?(共|数|总数)?$|解读[^，,、]{0,6}(文件|政策)$/, units: ITEMS, dims: { kind: KIND_DIMS } },
  { metric: 'proactive.total', label: /(主动公开|公开发布|发布|公开)[^，,]{0,12}(信息|文件|动态)(数|总数)?(达|为|共计|共|合计|总计)?$|主动公开(数|总数)?(达|为|共计|共)?$|(通过|在)[^，,、]{0,12}(网站|微博|微信|公众号|客户端|公开栏|新媒体)[^，,、]{0,4}(公开|发布)$/, units: ['条', '件'], context: /主动公开/, notLabel: /解读|目录|手机台|更新量|规范性文件/, dims: { channel: PROACTIVE_CHANNEL } },
  { metric: 'website.visits', label: /访问量|点击量|浏览量/, notLabel: /手机台|APP|客户端|微信|微博|公众号/ },
  { metric: 'fees.total', label: /收取|收费|信息处理费|费用/, units: ['元', '万元'] },
];

/** Statements of "none", which are facts with value 0. */
export interface ZeroRule {
  test: RegExp;
  /** Words that, inside the matched text, mean it is about something else ("未收到…行政复议申请"). */
  unless?: RegExp;
  facts: { metric: string; unit: string; dims?: Record<string, string>; requires?: RegExp }[];
}

export const ZERO_RULES: ZeroRule[] = [
  { test: /(未|没有|暂未|暂无|无)(收到|接到|受理|接收)[^。；;，,]{0,14}(申请|受理件)|(未|没有)(收到|接到)[^。；;]{0,30}申请|(未|没有)(发生|出现)[^。；;]{0,6}依申请公开/, unless: /复议|诉讼|建议|提案/, facts: [{ metric: 'applications.received', unit: '件' }] },
  { test: /(未|没有|不存在)[^。；;]{0,6}不予公开/, facts: [{ metric: 'applications.outcome', unit: '件', dims: { outcome: 'withheld' } }] },
  { test: /(没有|未|无|不)[^。；;]{0,12}(收取|收费)[^。；;]{0,16}|(没有|未)[^。；;]{0,10}(收费|费用)/, facts: [{ metric: 'fees.total', unit: '元' }] },
  {
    test: /(未|没有|无|不存在)(发生|出现|收到|被)?[^。；;]{0,30}(行政复议|行政诉讼)/,
    facts: [
      { metric: 'review.total', unit: '起', requires: /行政复议/ },
      { metric: 'litigation.total', unit: '起', requires: /行政诉讼/ },
    ],
  },
  { test: /(未|没有)收到[^。；;]{0,10}(人大|代表建议)/, facts: [{ metric: 'npc_suggestions.received', unit: '件' }] },
  { test: /(未|没有)收到[^。；;]{0,20}提案/, facts: [{ metric: 'cppcc_proposals.received', unit: '件' }] },
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
