/**
 * Lines of a saved government web page that are the site's, not the report's. They work on a line of
 * normalised text (width-folded, simplified, spaces between CJK removed: "【字体：大 中 小】" arrives as
 * "【字体:大中小】").
 *
 * - Chrome ("• 标题", "点击接收年报语音朗读", "【字体:大中小】", "打印本页", "关闭窗口", "分享到:") carries
 *   nothing and is dropped.
 * - Field rows ("标题:…", "索引号:… 文号:…", "发布机构:…", "发布日期:2009-02-21", "2020-02-27 来源:") are
 *   kept, since the agency and dates are read from them, but stand alone: no paragraph runs into them or
 *   on from them, so they never become part of a sentence with a figure.
 */

const BULLET = '[•·●◆▪■\\-*]';
const NAV_TAB = '(?:标题|正文|手机|附件|图片|解读|视频|音频|图解|相关链接|相关文件|二维码)';
const CHROME_TOKEN = [
  `${BULLET} ?${NAV_TAB}`,
  '(?:点击)?(?:接收|收听|播放)?(?:年报|全文|本文)?语音(?:朗读|播报)',
  '(?:字体|字号)(?:大小)?:? ?(?:[[【(]? ?(?:大|中|小|默认|标准| )*[\\]】)]?)',
  '(?:我要)?打印(?:本页|此页|文章|本文|页面)?',
  '关闭(?:窗口|本页|页面)?',
  '收藏(?:本页)?',
  '返回(?:顶部|首页|列表)',
  '分享到:?(?:微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ|豆瓣|人人网|[,、 ])*',
  '视力保护色:?',
  '扫一扫(?:在手机(?:上)?打开当前页|分享)?',
  '(?:我要)?纠错',
].join('|');
const SEP = '[ 【】[\\]|/、]*';
const CHROME_RE = new RegExp(`^(?:${SEP}(?:${CHROME_TOKEN}))+${SEP}$`);
/**
 * A site's menu bar ("首页 政务公开 互动交流", "网站首页|走进张店|新闻中心|…"): two or more menu entries
 * and nothing else. One entry alone may be a report's own heading or cell, so it stays.
 */
const MENU_ENTRY = '(?:网站首页|首页|走进[\\u4e00-\\u9fff]{2,3}|新闻中心|新闻动态|要闻动态|政务公开|政府信息公开|信息公开|政务服务|办事服务|在线办事|互动交流|政民互动|公众参与|专题专栏|数据开放|无障碍(?:浏览|阅读)?|English|繁体版?|简体版?)';
const MENU_RE = new RegExp(`^${SEP}${MENU_ENTRY}(?:${SEP}${MENU_ENTRY})+${SEP}$`);

const FIELD_LABEL =
  '(?:标题|索引号|文号|发文字号|发文日期|成文日期|成文时间|发文时间|发布日期|发布时间|发布机构|发文机关|所属机构|' +
  '信息来源|来源|浏览次数|访问次数|点击数|主题分类|组配分类|体裁分类|主题词|公开方式|公开范围|公开日期|效力状态|有效性|' +
  '生成日期|时间|作者|责任编辑)';
const FIELD_RE = new RegExp(`^(?:${BULLET} ?)?${FIELD_LABEL} ?:`);
/** A row of values with their labels lost: an ISO date ("2024-01-25", "2020-02-27 来源:"), an index number. */
const BARE_FIELD_RE = /^(?:\d{4}-\d{1,2}-\d{1,2}(?:[ \u4e00-\u9fff]|$)|[0-9A-Z]{6,}(?:-[0-9A-Z]+)*\/\d{4}-[0-9A-Za-z]+$)/;

/** Site chrome: nothing of the report, dropped. */
export function isSiteChrome(line: string): boolean {
  return line.length <= 60 && (CHROME_RE.test(line) || MENU_RE.test(line));
}

/** A site field row: kept, but a line of its own. */
export function isSiteField(line: string): boolean {
  return FIELD_RE.test(line) || BARE_FIELD_RE.test(line);
}
