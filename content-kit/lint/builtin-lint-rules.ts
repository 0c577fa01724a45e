import type { LintRule, LocalizedText } from './lint-rule';
import { EMOJI_SEQUENCE, STICKER_CODE } from './text-context';

// A Latin word with word boundaries (the rules are matched case-insensitively), so vx is not found in devx.
// The look-behind comes after the first letter so the regular-expression engine can still skip ahead by it.
const latinStart = (word: string) => `${word[0]}(?<![a-z0-9]${word[0]})${word.slice(1)}`;
const latin = (word: string) => `${latinStart(word)}(?![a-z0-9])`;
const NUMBER = '[\\d一二三四五六七八九十两百]+';
const PERCENT = '(?:100\\s*[%％]|百分之百)';

const LAW = {
  absolute: { zh: '《广告法》第九条', en: 'Advertising Law, Art. 9' },
  falseClaim: { zh: '《广告法》第二十八条', en: 'Advertising Law, Art. 28' },
  treatment: { zh: '《广告法》第十七条', en: 'Advertising Law, Art. 17' },
  education: { zh: '《广告法》第二十四条', en: 'Advertising Law, Art. 24' },
  returns: { zh: '《广告法》第二十五条', en: 'Advertising Law, Art. 25' },
  aidingCrime: {
    zh: '《刑法》第二百八十七条之二 帮助信息网络犯罪活动罪',
    en: 'Criminal Law, Art. 287-2: aiding criminal activities on information networks',
  },
  fakeOrders: { zh: '《反不正当竞争法》第八条', en: 'Anti-Unfair Competition Law, Art. 8' },
  referral: { zh: '微博、豆瓣社区规则：站外导流', en: 'Weibo and Douban community rules: off-site referral' },
} satisfies Record<string, LocalizedText>;

/**
 * Price and purchase signals: text that has one is selling, so Advertising-Law rules apply in full even in a
 * group chat, and a weak claim needs no further context.
 */
export const PRICE_SIGNALS: readonly string[] = [
  '[¥￥]\\s*\\d',
  '\\d+(?:\\.\\d+)?\\s*(?:元|块钱|rmb)(?![旦宵素])',
  '(?:售|原|现|特|低|底|优惠|团购|会员|折扣|秒杀|限时|体验|拼团|早鸟|到手)价|价格|价位|标价|定价',
  '报名费|会费|学费|课时费|门票|入场费|费用',
  '(?:放心|闭眼|赶紧|快去|马上|速来)(?:买|入|抢|冲)|买它|入手|拍下',
  '下单|购买|购物车|抢购|秒杀|优惠|折扣|打折|\\d+(?:\\.\\d)?折|限时|包邮|团购|拼团|满减|领券|店铺|旗舰店|专柜|代购|预售|订购|促销|特惠|现货|立减|买一送一|付款',
];

// What an everyday superlative is said of when it is a claim: the thing or service on offer.
const OFFER = [
  '课程|网课|(?<!上|下|翘|听|补)课|产品|服务|品牌|商品|训练营|机构|门店|店铺|本店|小店|品质|质量|性价比|价格|套餐|会员卡|平台|效果|疗效|正品|货源',
  '师资|讲师|导师|专家|教练|资质|配方|工艺|原料|口碑|销量',
];
// A text that quotes a banned word in order to ban it is not using it.
const QUOTING = ['禁止|严禁|不得|不准|不许|不能用|不要用|别用|避免|广告法|违禁词|极限词|绝对化'];
// A denial right before a word: we do not do it.
const DENIAL = ['不|没有|从不|绝不|拒绝|禁止|不准|不许|不会|不做|不搞|不给|不是|并非|算不上|(?:不|不能|无法|不敢|没人能?)(?:承诺|保证)'];
// A sentence that warns members against a scam is welcome, however many scam words it names.
const WARNING_CUES = [
  '骗子|骗局|诈骗|被骗|行骗|防骗|反诈|上当|杀猪盘|套路|举报|拉黑|踢出|移出|封号|违规|违法|群规|禁止|严禁|不得|一律',
  '别信|不要信|不可信|别相信|不要相信|谨防|小心|警惕|当心|切勿|千万别|千万不要|别(?:加|进|扫|点|转|上|碰|理)|不要(?!错过|犹豫|再等|等了|观望|迟疑|怕)',
  '谣言|辟谣|虚假|夸大|话术|(?:这种|这类|这些)说法|多想想|多想一想|留个心眼|擦亮眼睛',
];
const HEALTH = ['病|症|炎|癌|瘤|疾|湿疹|痘|斑|脱发|失眠|三高|血压|血糖|糖尿|痛风|颈椎|腰椎|胃|肝|肾|抑郁|焦虑|过敏|结节|增生|疼|痛'];

const FINANCE = [
  '股票|炒股|个股|选股|牛股|妖股|黑马股|龙头股|原始股|港股|美股|股市|大盘(?!鸡)|涨停|跌停|打板|荐股|诊股|' + latin('a') + '股',
  '期货|外汇|(?<!公益|慈善|助学|救助|互助|教育|发展)基金(?!会)|理财|私募|杠杆|永续合约|合约(?=交易|跟单|带单|收益|翻倍|爆仓|杠杆)',
  `虚拟币|数字币|数字货币|加密货币|加密币|比特币|以太坊|币圈|炒币|泰达币|${latin('usdt')}|${latin('btc')}`,
  '(?:高|稳定|固定|保底|超高|每日|每天|投资|月|日|周)收益|收益率|(?:高|投资|丰厚|稳定|超高)回报|年化|投资项目|赚钱项目',
];
const LURES = [
  '免费|(?:进|入|加|拉)(?:个|我们的?|我的?|你)?群|拉你|(?:微信|交流|投资|内部|粉丝|学习|股票|炒股|理财|基金|私密|' + latin('vip') + '|' + latin('qq') + ')群',
  `加(?:我)?(?:的)?(?:微信|微|好友|扣扣|助理|老师|${latin('vx')}|${latin('wx')}|${latin('qq')}|${latin('v')})|私信|私聊|私我|扫码|扫描|二维码`,
  '(?:老师|导师|大神|大师|分析师|专家)(?:带|指导|推荐|喊|每天)|带(?:你|大家)(?:赚|炒|买|操作|抓|上车|翻|回本|解套)|带单|喊单|跟单',
  '(?:每天|每日|天天|免费|内部|独家)推荐|推荐(?:股票|个股|牛股|几只|一只|代码|基金|币)|诊股|荐股|抓涨停|解套|上车',
  '保本|稳赚|包赚|零风险|无风险|不亏|翻倍|保证收益|保底|内部消息|内幕|(?:免费|一对一|在线)咨询|一对一指导|实盘指导',
];
const PAY = ['日结|返现|返佣|返利|佣金|日赚|日入\\s*\\d|一单\\s*\\d|每单\\s*\\d|单价\\s*\\d|立返|秒返|垫付|月入(?:过万|\\d)|日薪'];
const TASKS = [
  '刷单|刷信誉|刷好评|点赞|关注|打字员|打字|抄写|手工活|做任务|任务单|动动手指|在家(?:就能|即可|也能|轻松)?(?:赚|做|挣)|宝妈|学生党|兼职|接单|看视频|试玩|充值',
];

// What a superlative says of goods when it is a claim (quality, price, popularity), not hyperbole (史上最热).
const CLAIM_QUALITY =
  '(?:低|便宜|实惠|划算|优惠|好|佳|优|强|全|火|热销|畅销|大|专业|权威|正宗|先进|高端|高级|受欢迎|值|靠谱|有效|安全|牛|棒|新鲜|地道)';
const FIRST_CLAIM = '(?:行业|全国|全网|全球|全市|全城|同城|国内|业内|销量|销售额|全省|亚洲|世界|品类|口碑|人气|好评|单品)第一';
const FIRST_RANKED = '(?:排名|名列|位居|稳居|荣登|问鼎|做到|成为|就是|堪称|号称|当之无愧的?)\\s*第一';
// After 行业/全国/销量… only a count of times or issues makes 第一 an ordinal (全国第一次).
const NOT_A_COUNT = '(?![次期天届批轮季场站回步年月周])';
const NOT_AN_ORDINAL = '(?![次期天周步届章本季轮篇课站场批回节时排年月号个位条名张反应印象手波眼句部分件关顿份堂组段页行题首局单口线代辑集话幕环项点种类阶梯\\d一二三四五六七八九十百千万零])';

/**
 * The rules that ship with the product (DOMAIN.md, "Judgement: what a community manager accepts from a
 * linter"). Each word that is usually everyday Chinese is a claim only in the contexts its rule names.
 */
export const BUILTIN_LINT_RULES: LintRule[] = [
  {
    id: 'ad-law/superlative',
    category: 'ad-law',
    severity: 'warning',
    promotional: true,
    unless: QUOTING,
    unlessBefore: DENIAL,
    patterns: [
      `(?:全网|史上|全国|全球|全城|全市|全省|行业|业内|世界|宇宙|天下|地表)最${CLAIM_QUALITY}`,
      '最(?:低价|便宜|实惠|划算|优惠|权威|专业|先进|正宗|高级|顶级|畅销|热销|具性价比|超值)',
      '(?:全城|全国|全网|全市|行业|业内|国内|本地|同城)唯一|唯一(?=指定|授权|正品|官方|正宗|认证|合作|渠道)',
    ],
    law: LAW.absolute,
    message: {
      zh: '“{match}”是绝对化用语，广告中禁止使用，建议写出具体事实',
      en: '"{match}" is an absolute term that ads may not use; state the concrete fact instead',
    },
    fixes: { 最便宜: '便宜', 最实惠: '实惠', 最划算: '划算', 最专业: '专业', 最优惠: '优惠' },
  },
  {
    id: 'ad-law/superlative-weak',
    category: 'ad-law',
    severity: 'warning',
    promotional: true,
    context: OFFER,
    unless: QUOTING,
    unlessBefore: DENIAL,
    patterns: ['最(?:好(?=的|之|吃|看|用|喝|玩|听|卖)|佳|优(?![先化])|强|全(?!面)|火|受欢迎|有效|安全|靠谱|牛)', '首选|独一无二|无与伦比'],
    law: LAW.absolute,
    message: {
      zh: '“{match}”用来夸自家课程或产品时是绝对化用语，建议写出具体事实',
      en: '"{match}" praising what you offer is an absolute term; state the concrete fact instead',
    },
    fixes: { 最好: '很好', 最强: '很强', 最受欢迎: '很受欢迎', 最火: '很火', 最全: '较全' },
  },
  {
    id: 'ad-law/first-and-top',
    category: 'ad-law',
    severity: 'warning',
    promotional: true,
    unless: QUOTING,
    unlessBefore: DENIAL,
    patterns: [
      FIRST_CLAIM + NOT_A_COUNT,
      '第一品牌|销冠',
      `${latinStart('no')}\\.?\\s?1(?![0-9])`,
      `${latinStart('top')}\\s?1(?![0-9%])`,
      '(?:行业|全国|全球)(?:顶级|顶尖|一流)',
    ],
    law: LAW.absolute,
    message: {
      zh: '“{match}”是无法证明的排名说法，没有来源就别用；如有权威排名，请写明出处和时间',
      en: '"{match}" is a ranking claim; drop it, or name the ranking, its source and its date',
    },
  },
  {
    id: 'ad-law/first-and-top-weak',
    category: 'ad-law',
    severity: 'warning',
    promotional: true,
    context: OFFER,
    unless: QUOTING,
    unlessBefore: DENIAL,
    patterns: [FIRST_RANKED + NOT_AN_ORDINAL, '国家级|世界级|顶级|顶尖|极致'],
    law: LAW.absolute,
    message: {
      zh: '“{match}”用来夸自家课程或产品时是无法证明的说法；请改写成具体事实并注明来源',
      en: '"{match}" praising what you offer is unprovable; state the fact and its source instead',
    },
  },
  {
    id: 'ad-law/absolute',
    category: 'ad-law',
    severity: 'warning',
    promotional: true,
    unless: QUOTING,
    unlessBefore: DENIAL,
    patterns: [
      `${PERCENT}(?=\\s*(?:有效|见效|通过|过关|成功|满意|好评|正品|安全|纯天然|天然|无害|保证|保障|退款|包过|上岸|提分|治愈|瘦|录取|就业|回本|收益|赚))`,
      `(?:有效|通过|成功|好评|满意|治愈|就业|录取|上岸|提分|合格|过关|回本)率\\s*(?:高达|达到?|为|是|超过)?\\s*${PERCENT}`,
      '绝对(?=有效|有保障|正品|安全|保证|放心|靠谱|划算|低价|最|第一|原装|正宗|真品|无副作用|没有副作用|领先|权威|好用|值得)',
    ],
    law: LAW.falseClaim,
    message: {
      zh: '“{match}”是对效果的绝对保证，无法兑现即属虚假宣传；请写明实际数据和来源',
      en: '"{match}" guarantees a result absolutely; give the real figures and their source',
    },
  },
  {
    id: 'ad-law/competition',
    category: 'ad-law',
    severity: 'warning',
    promotional: true,
    unless: QUOTING,
    unlessBefore: DENIAL,
    patterns: [
      '(?:销量|销售|行业|品类|口碑|人气|全国|全网)冠军',
      '(?:遥遥|全面|绝对|行业|全国|国际|全球|技术|持续)领先',
      '独家(?=配方|秘方|代理|授权|技术|专利|渠道|货源|供应|首发|定制|研发|工艺|方法|秘诀|资源)',
    ],
    law: LAW.absolute,
    message: {
      zh: '“{match}”是与同行比较的绝对说法，广告中需有可查证的依据',
      en: '"{match}" claims to beat competitors; an ad needs verifiable proof for it',
    },
  },
  {
    id: 'ad-law/competition-weak',
    category: 'ad-law',
    severity: 'warning',
    promotional: true,
    context: OFFER,
    unless: QUOTING,
    unlessBefore: DENIAL,
    patterns: ['冠军(?!赛)|领先|独家'],
    law: LAW.absolute,
    message: {
      zh: '“{match}”用来夸自家课程或产品时需有可查证的依据',
      en: '"{match}" praising what you offer needs verifiable proof',
    },
  },
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
