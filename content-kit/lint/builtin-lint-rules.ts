import type { LintRule } from './lint-rule';

/**
 * The rules that ship with the product (DOMAIN.md, "Law and trust" and "Rules of a healthy group").
 * Words for the Advertising Law follow its Article 9 (absolute terms); the lookaheads leave everyday uses
 * such as 最近, 最后, 最喜欢 and 第一次 alone.
 */
export const BUILTIN_LINT_RULES: LintRule[] = [
  {
    id: 'ad-law/superlative',
    category: 'ad-law',
    severity: 'warning',
    patterns: ['最(?![近后初终早先少多末喜爱想怕])\\p{Script=Han}', '全网最', '史上最', '全国首[家个创]', '首选', '独一无二', '唯一(?!的?一次)'],
    message: {
      zh: '“{match}”属于广告法禁止的绝对化用语，建议改用客观描述',
      en: '"{match}" is an absolute claim the Advertising Law forbids; describe it plainly instead',
    },
    fixes: { 最好: '很好', 最佳: '优选', 最强: '很强', 最大: '很大', 最高: '很高', 最低: '较低', 最受: '深受', 首选: '推荐' },
  },
  {
    id: 'ad-law/first-and-top',
    category: 'ad-law',
    severity: 'warning',
    patterns: [
      '第一(?![次期天周步届章本季轮篇课站场批回节时排年月号个位])',
      'NO\\.?\\s?1\\b',
      '[Tt][Oo][Pp]\\s?1\\b',
      '顶级',
      '顶尖',
      '国家级',
      '世界级',
      '极致',
      '万能',
      '100\\s?%',
      '百分之百',
      '绝对(?![值])',
    ],
    message: {
      zh: '“{match}”是绝对化或无法证明的说法，可能违反广告法',
      en: '"{match}" is an absolute or unprovable claim that may break the Advertising Law',
    },
    fixes: { 第一: '领先', 顶级: '高品质', 绝对: '非常', 百分之百: '尽力' },
  },
  {
    id: 'fraud/stock-tips',
    category: 'fraud',
    severity: 'error',
    patterns: ['荐股', '牛股', '涨停[板股]', '翻倍股', '内幕消息', '内部消息', '带你炒股', '炒股群', '股票群', '跟着老师(?:买|操作)'],
    message: {
      zh: '“{match}”是“荐股拉群”类诈骗的常见话术，帮助此类引流可能构成犯罪',
      en: '"{match}" is typical of stock-tip group fraud; helping such lead generation can be a crime',
    },
  },
  {
    id: 'fraud/guaranteed-returns',
    category: 'fraud',
    severity: 'error',
    patterns: ['稳赚', '保本', '保证收益', '保底收益', '零风险', '无风险(?:投资|理财|收益)', '收益翻倍', '日赚\\d+', '躺赚', '月入过万'],
    message: {
      zh: '“{match}”承诺收益，是非法集资和诈骗的典型说法',
      en: '"{match}" promises returns, a hallmark of illegal fund-raising and fraud',
    },
  },
  {
    id: 'fraud/join-group-lure',
    category: 'fraud',
    severity: 'warning',
    patterns: ['(?:加|进|入)群(?:就|即)?(?:可|能)?(?:免费)?(?:领|送|拿)[\\p{Script=Han}]{0,6}(?:股|钱|收益|红包|返现|现金)', '(?:加|进|入)群.{0,6}(?:免费)(?:领|送)', '扫码(?:进群)?领(?:取)?(?:现金|红包)'],
    message: {
      zh: '“{match}”是“进群领福利”式引流，注意别被用作诈骗话术',
      en: '"{match}" lures people into a group with freebies; make sure it is not a fraud pattern',
    },
  },
  {
    id: 'noise/red-packet-flood',
    category: 'noise',
    severity: 'warning',
    patterns: ['(?:🧧|\\[红包\\]|发红包|抢红包)(?:\\s*(?:🧧|\\[红包\\]|发红包|抢红包)){2,}', '红包雨', '红包接龙'],
    message: { zh: '红包刷屏会淹没有用的讨论', en: 'Red-packet floods drown out the conversation' },
  },
  {
    id: 'noise/empty-check-in',
    category: 'noise',
    severity: 'warning',
    groupChatOnly: true,
    whole: true,
    patterns: ['(?:打卡|签到|已打卡|今日打卡|\\+1|1|收到|冒泡)[\\s\\p{P}\\p{S}\\d]*'],
    message: {
      zh: '只有“打卡”两个字的消息是群噪音，不如说说今天做了什么',
      en: 'A bare check-in is group noise; say what you actually did today',
    },
  },
  {
    id: 'noise/greeting-spam',
    category: 'noise',
    severity: 'warning',
    groupChatOnly: true,
    whole: true,
    patterns: ['(?:早安|早上好|早|午安|晚安|大家好)[\\s\\p{P}\\p{S}]*(?:\\[[^\\]]{1,4}\\][\\s\\p{P}]*)*'],
    message: {
      zh: '单纯的问候会刷屏，可以加一个今天的话题让大家接着聊',
      en: 'A bare greeting is noise; add a question so people can join in',
    },
  },
  {
    id: 'noise/sticker-flood',
    category: 'noise',
    severity: 'info',
    patterns: ['(\\p{Extended_Pictographic}|\\[[^\\]]{1,4}\\])\\1{4,}', '([哈啊呵嘿])\\1{9,}'],
    message: { zh: '连续的表情或字符会刷屏', en: 'Repeated stickers or characters flood the chat' },
  },
  {
    id: 'noise/at-all',
    category: 'noise',
    severity: 'info',
    groupChatOnly: true,
    patterns: ['@所有人', '@全体成员'],
    message: { zh: '@所有人 会打扰每个人，请只在重要通知时使用', en: '@everyone disturbs all members; keep it for important notices' },
  },
];
