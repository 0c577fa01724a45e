import type { LintRule } from './lint-rule';
import { LAW, DENIAL, WARNING_CUES, FINANCE, LURES, PAY, TASKS } from './rule-words';

/** Fraud-like lead generation: a money object with a lure or promise, and task scams (《刑法》第二百八十七条之二). */
export const FRAUD_RULES: LintRule[] = [
  {
    id: 'fraud/investment-lure',
    category: 'fraud',
    severity: 'error',
    patterns: FINANCE,
    partners: LURES,
    unless: WARNING_CUES,
    unlessBefore: DENIAL,
    law: LAW.aidingCrime,
    message: {
      zh: '“{match}”：理财荐股话题加上拉群、加微信或收益承诺，是投资诈骗引流的典型组合，帮助引流可能构成犯罪',
      en: '"{match}": money talk with a group invite, a private contact or a promised return is how investment scams recruit; helping them can be a crime',
    },
  },
  {
    id: 'fraud/stock-tips',
    category: 'fraud',
    severity: 'warning',
    unless: WARNING_CUES,
    unlessBefore: DENIAL,
    patterns: [
      '荐股|诊股|牛股|妖股|黑马股|翻倍股|原始股|抓涨停|涨停(?:板|股|密码|战法|敢死队)|解套|内幕消息',
      '带单|喊单|(?<!外贸|订单)跟单(?!员)|(?:股票|炒股)(?:微信|交流|内部)?群|(?:带你|教你)炒股',
    ],
    law: LAW.aidingCrime,
    message: {
      zh: '“{match}”是荐股诈骗的常用说法，请确认不是在替人引流',
      en: '"{match}" is common in stock-tip scams; make sure you are not recruiting for one',
    },
  },
  {
    id: 'fraud/guaranteed-returns',
    category: 'fraud',
    severity: 'warning',
    unless: WARNING_CUES,
    unlessBefore: DENIAL,
    patterns: [
      '稳赚|包赚|只赚不赔|保本保息|保证收益|保底收益|收益翻倍|躺赚|日赚\\s*\\d+',
      '保本(?=\\s*(?:高收益|高息|稳赚|理财|投资))|零风险(?=\\s*(?:投资|理财|高收益|收益|赚钱))|无风险(?:投资|理财|收益|套利)',
      '年化\\s*(?:收益\\s*)?(?:率\\s*)?\\d+(?:\\.\\d+)?\\s*[%％]',
    ],
    law: LAW.returns,
    message: {
      zh: '“{match}”承诺收益，是非法集资和投资诈骗的典型说法',
      en: '"{match}" promises returns, a hallmark of illegal fund-raising and investment scams',
    },
  },
  {
    id: 'fraud/task-scam',
    category: 'fraud',
    severity: 'error',
    patterns: PAY,
    partners: TASKS,
    unless: WARNING_CUES,
    unlessBefore: DENIAL,
    law: LAW.aidingCrime,
    message: {
      zh: '“{match}”：刷单、点赞、打字等“轻松任务”配上日结返现，是刷单返利诈骗的招募话术',
      en: '"{match}": easy tasks paid daily or by cash-back is how task-rebate scams recruit',
    },
  },
  {
    id: 'fraud/task-scam-word',
    category: 'fraud',
    severity: 'warning',
    unless: WARNING_CUES,
    unlessBefore: DENIAL,
    patterns: ['刷单|刷信誉|刷好评|(?:点赞|关注|好评)返现|打字员|手机兼职|动动手指(?:就能)?(?:赚|挣)|在家(?:轻松)?(?:月入|日赚)'],
    law: LAW.fakeOrders,
    message: {
      zh: '“{match}”是刷单返利类诈骗的常见说法，组织刷单本身也违法',
      en: '"{match}" is common in task-rebate scams, and organising fake orders is itself illegal',
    },
  },
];
