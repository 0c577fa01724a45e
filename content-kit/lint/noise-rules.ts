import type { LintRule } from './lint-rule';
import { EMOJI_SEQUENCE, STICKER_CODE } from './text-context';
import { QUOTING, DENIAL } from './rule-words';

/** Group noise: whole messages only (a red-packet flood, an empty check-in, good-morning spam). */
export const NOISE_RULES: LintRule[] = [
  {
    id: 'noise/red-packet-flood',
    category: 'noise',
    severity: 'warning',
    unless: QUOTING,
    unlessBefore: DENIAL,
    patterns: ['(?:🧧|\\[红包\\]|发红包|抢红包)(?:\\s*(?:🧧|\\[红包\\]|发红包|抢红包)){2,}', '红包雨', '红包接龙'],
    message: { zh: '红包刷屏会淹没有用的讨论', en: 'Red-packet floods drown out the conversation' },
  },
  {
    id: 'noise/empty-check-in',
    category: 'noise',
    severity: 'warning',
    groupChatOnly: true,
    whole: true,
    patterns: [
      '(?:今[日天])?(?:已经?)?(?:(?:打卡|签到)(?:成功|完成|啦|了|咯)?)+(?:第?\\s*\\d+\\s*天)?',
      '(?:day|第)\\s*\\d+\\s*天?\\s*已?(?:打卡|签到)?(?:成功|完成)?',
      '(?:打卡|签到)\\s*(?:day|第)?\\s*\\d+\\s*天?',
      '[+＋]?\\s*1|收到(?:收到)*[啦了]?|好的收到|冒泡|顶|同上',
    ],
    message: {
      zh: '只有“打卡”“收到”的消息是群噪音，不如说说今天做了什么',
      en: 'A bare check-in or "got it" is group noise; say what you actually did',
    },
  },
  {
    id: 'noise/greeting-spam',
    category: 'noise',
    severity: 'warning',
    groupChatOnly: true,
    whole: true,
    patterns: [
      '(?:各位|大家|亲们|宝子们|宝宝们|家人们|朋友们|群友们|小伙伴们|姐妹们|兄弟们|老师们|同学们|你们)好(?:呀|啊|哦|哈|鸭|吖|哟)?',
      '(?:各位|大家|亲们|宝子们|家人们|朋友们|群友们|小伙伴们|姐妹们)?\\s*(?:早安|早上好|早|早呀|午安|中午好|下午好|晚上好|晚安)\\s*(?:各位|大家|亲们|宝子们|家人们|朋友们|群友们|小伙伴们|姐妹们)?(?:呀|啊|哦|哈|鸭|吖|哟)?',
    ],
    message: {
      zh: '单纯的问候会刷屏，可以加一个今天的话题让大家接着聊',
      en: 'A bare greeting is noise; add a question so people can join in',
    },
  },
  {
    id: 'noise/emoji-only',
    category: 'noise',
    severity: 'warning',
    groupChatOnly: true,
    whole: true,
    patterns: [`(?:${EMOJI_SEQUENCE}|${STICKER_CODE})(?:\\s*(?:${EMOJI_SEQUENCE}|${STICKER_CODE})){2,}`],
    message: { zh: '只有一串表情的消息是群噪音', en: 'A message of nothing but emoji is group noise' },
  },
  {
    id: 'noise/sticker-flood',
    category: 'noise',
    severity: 'info',
    patterns: [`(${EMOJI_SEQUENCE}|${STICKER_CODE})\\1{4,}`, '([哈啊呵嘿])\\1{9,}'],
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
