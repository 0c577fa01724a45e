import type { LocalizedText } from './lint-rule';

// The words and laws the built-in rules share: patterns are regular-expression sources, matched with `iu`.
// A Latin word with word boundaries (the rules are matched case-insensitively), so vx is not found in devx.
// The look-behind comes after the first letter so the regular-expression engine can still skip ahead by it.
export const latinStart = (word: string) => `${word[0]}(?<![a-z0-9]${word[0]})${word.slice(1)}`;
export const latin = (word: string) => `${latinStart(word)}(?![a-z0-9])`;
export const NUMBER = '[\\d一二三四五六七八九十两百]+';
export const PERCENT = '(?:100\\s*[%％]|百分之百)';

export const LAW = {
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
export const OFFER = [
  '课程|网课|(?<!上|下|翘|听|补)课|产品|服务|品牌|商品|训练营|机构|门店|店铺|本店|小店|品质|质量|性价比|价格|套餐|会员卡|平台|效果|疗效|正品|货源',
  '师资|讲师|导师|专家|教练|资质|配方|工艺|原料|口碑|销量',
];
// A text that quotes a banned word in order to ban it is not using it.
export const QUOTING = ['禁止|严禁|不得|不准|不许|不能用|不要用|别用|避免|广告法|违禁词|极限词|绝对化'];
// A denial right before a word: we do not do it.
export const DENIAL = ['不|没有|从不|绝不|拒绝|禁止|不准|不许|不会|不做|不搞|不给|不是|并非|算不上|(?:不|不能|无法|不敢|没人能?)(?:承诺|保证)'];
// A sentence that warns members against a scam is welcome, however many scam words it names.
export const WARNING_CUES = [
  '骗子|骗局|诈骗|被骗|行骗|防骗|反诈|上当|杀猪盘|套路|举报|拉黑|踢出|移出|封号|违规|违法|群规|禁止|严禁|不得|一律',
  '别信|不要信|不可信|别相信|不要相信|谨防|小心|警惕|当心|切勿|千万别|千万不要|别(?:加|进|扫|点|转|上|碰|理)|不要(?!错过|犹豫|再等|等了|观望|迟疑|怕)',
  '谣言|辟谣|虚假|夸大|话术|(?:这种|这类|这些)说法|多想想|多想一想|留个心眼|擦亮眼睛',
];
export const HEALTH = ['病|症|炎|癌|瘤|疾|湿疹|痘|斑|脱发|失眠|三高|血压|血糖|糖尿|痛风|颈椎|腰椎|胃|肝|肾|抑郁|焦虑|过敏|结节|增生|疼|痛'];

export const FINANCE = [
  '股票|炒股|个股|选股|牛股|妖股|黑马股|龙头股|潜力股|强势股|热门股|短线股|绩优股|原始股|港股|美股|股市|大盘(?!鸡)|看盘|盯盘|操盘|涨停|跌停|打板|荐股|诊股|' + latin('a') + '股',
  '期货|外汇|(?<!公益|慈善|助学|救助|互助|教育|发展)基金(?!会)|理财|私募|杠杆|永续合约|合约(?=交易|跟单|带单|收益|翻倍|爆仓|杠杆)',
  `虚拟币|数字币|数字货币|加密货币|加密币|比特币|以太坊|币圈|炒币|泰达币|${latin('usdt')}|${latin('btc')}`,
  '(?:高|稳定|固定|保底|超高|每日|每天|投资|月|日|周)收益|收益率|(?:高|投资|丰厚|稳定|超高)回报|年化|投资项目|赚钱项目',
];
export const LURES = [
  '免费|(?:进|入|加|拉)(?:个|我们的?|我的?|你)?群|拉你|(?:微信|交流|投资|内部|粉丝|学习|股票|炒股|理财|基金|私密|' + latin('vip') + '|' + latin('qq') + ')群',
  `加(?:我)?(?:的)?(?:微信|微|好友|扣扣|助理|老师|${latin('vx')}|${latin('wx')}|${latin('qq')}|${latin('v')})|私信|私聊|私我|扫码|扫描|二维码`,
  '(?:老师|导师|大神|大师|分析师|专家)(?:带|指导|推荐|喊|每天)|带(?:你|大家)(?:赚|炒|买|操作|抓|上车|翻|回本|解套)|带单|喊单|跟单',
  '(?:每天|每日|天天|免费|内部|独家)推荐|推荐(?:股票|个股|牛股|几只|一只|代码|基金|币)|诊股|荐股|抓涨停|解套|上车',
  '保本|稳赚|包赚|零风险|无风险|不亏|翻倍|保证收益|保底|内部消息|内幕|(?:免费|一对一|在线)咨询|一对一指导|实盘指导',
];
export const PAY = ['日结|返现|返佣|返利|佣金|日赚|日入\\s*\\d|一单\\s*\\d|每单\\s*\\d|单价\\s*\\d|立返|秒返|垫付|月入(?:过万|\\d)|日薪'];
export const TASKS = [
  '刷单|刷信誉|刷好评|点赞|关注|打字员|打字|抄写|手工活|做任务|任务单|动动手指|在家(?:就能|即可|也能|轻松)?(?:赚|做|挣)|宝妈|学生党|兼职|接单|看视频|试玩|充值',
];

// What a superlative says of goods when it is a claim (quality, price, popularity), not hyperbole (史上最热).
export const CLAIM_QUALITY =
  '(?:低|便宜|实惠|划算|优惠|好|佳|优|强|全|火|热销|畅销|大|专业|权威|正宗|先进|高端|高级|受欢迎|值|靠谱|有效|安全|牛|棒|新鲜|地道)';
export const FIRST_CLAIM = '(?:行业|全国|全网|全球|全市|全城|同城|国内|业内|销量|销售额|全省|亚洲|世界|品类|口碑|人气|好评|单品)第一';
export const FIRST_RANKED = '(?:排名|名列|位居|稳居|荣登|问鼎|做到|成为|就是|堪称|号称|当之无愧的?)\\s*第一';
// After 行业/全国/销量… only a count of times or issues makes 第一 an ordinal (全国第一次).
export const NOT_A_COUNT = '(?![次期天届批轮季场站回步年月周])';
export const NOT_AN_ORDINAL = '(?![次期天周步届章本季轮篇课站场批回节时排年月号个位条名张反应印象手波眼句部分件关顿份堂组段页行题首局单口线代辑集话幕环项点种类阶梯\\d一二三四五六七八九十百千万零])';
