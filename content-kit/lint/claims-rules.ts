import type { LintRule } from './lint-rule';
import { latin, NUMBER, LAW, DENIAL, WARNING_CUES, HEALTH } from './rule-words';

/** Health and efficacy, education guarantees, and the platforms' rules against off-site referral. */
export const CLAIM_RULES: LintRule[] = [
  {
    id: 'health/treatment-claim',
    category: 'health',
    severity: 'warning',
    unless: WARNING_CUES,
    unlessBefore: DENIAL,
    patterns: [
      '药到病除|包治百病|万能药|神药|祖传秘方|永不复发|不复发|治愈率',
      `(?:彻底|完全|根本|永久|保证|包|快速|${NUMBER}(?:天|周|个月)|一次性)(?:根治|治愈|治好|断根)`,
    ],
    law: LAW.treatment,
    message: {
      zh: '“{match}”宣称治病疗效，非医疗广告不得涉及疾病治疗，医疗广告也不得保证疗效',
      en: '"{match}" claims to cure; only medical ads may speak of treatment, and none may guarantee it',
    },
  },
  {
    id: 'health/treatment-claim-weak',
    category: 'health',
    severity: 'warning',
    context: HEALTH,
    unless: WARNING_CUES,
    unlessBefore: DENIAL,
    patterns: ['(?<!无法|不能|没法|难以|很难|没办法|不可能|不会)根治', '(?<![被很太好超真])治愈(?!系|了我|人心|心灵)'],
    law: LAW.treatment,
    message: {
      zh: '“{match}”说到疾病时是疗效宣称，非医疗广告不得涉及疾病治疗',
      en: '"{match}" about an illness is a treatment claim, which only medical ads may make',
    },
  },
  {
    id: 'health/weight-loss',
    category: 'health',
    severity: 'warning',
    unless: WARNING_CUES,
    unlessBefore: DENIAL,
    patterns: [
      `${NUMBER}\\s*(?:天|周|星期|个月|月)\\s*内?\\s*(?:就|能|可|可以|轻松|狂|暴|速|必|保证)?\\s*(?:瘦|减重?|减肥|掉)(?![了过])\\s*掉?\\s*${NUMBER}\\s*(?:斤|公斤|kg)`,
      `保证(?:瘦|减重|减肥|掉秤)|躺着(?:就能)?瘦|不节食(?:不运动)?(?:也|就|也能|照样)?能?瘦|吃着(?:就能)?瘦|(?:月|轻松)瘦\\s*${NUMBER}|(?:保证|承诺|永不|绝不|终身)不?反弹`,
    ],
    law: LAW.falseClaim,
    message: {
      zh: '“{match}”承诺减重效果，无法兑现即属虚假宣传，也容易误导成员',
      en: '"{match}" promises weight loss, a false claim unless it can be proven, and misleading to members',
    },
  },
  {
    id: 'education/guarantee',
    category: 'education',
    severity: 'warning',
    unless: WARNING_CUES,
    unlessBefore: DENIAL,
    patterns: [
      '(?<![面书红钱背药皮箱荷])包(?:过|通过|拿证|上岸|录取|考过|就业)(?![期来去了敏年节程])',
      '(?<![确担环])保(?:过|通过|上岸|录取|拿证)(?![期来去了年节程])',
      `(?:保证|承诺)(?:通过|过关|拿证|上岸|录取|考过|提分|涨分|提高\\s*${NUMBER}\\s*分)|提分保证|稳过|签约保过|协议保过`,
      `(?:考)?不过(?:全额)?退(?:款|费|钱)|(?:提分|涨分)\\s*${NUMBER}\\s*分`,
    ],
    law: LAW.education,
    message: {
      zh: '“{match}”是对考试或提分的保证性承诺，教育培训广告不得这样说',
      en: '"{match}" guarantees passing or better marks, which education ads may not promise',
    },
  },
  {
    id: 'platform/off-site-referral',
    category: 'platform',
    severity: 'warning',
    sites: ['weibo', 'douban'],
    patterns: [
      `加(?:我)?\\s*(?:微信?|薇信?|威信|绿泡泡|扣扣|${latin('vx')}|${latin('wx')}|${latin('v')}|${latin('qq')})`,
      `${latin('vx')}|${latin('wx')}|[vV]信|薇信|威信|徽信|绿泡泡`,
      '(?:私信|私我|戳我|评论区?|留言)(?:即可|就能|就|可)?领|扣\\s*1\\s*(?:领|送)|私信(?:获取|领取)',
    ],
    law: LAW.referral,
    message: {
      zh: '“{match}”是站外导流说法，微博和豆瓣会因此限流或删帖；请用平台自己的私信和链接',
      en: '"{match}" sends people off the site; Weibo and Douban throttle or remove such posts',
    },
  },
];
