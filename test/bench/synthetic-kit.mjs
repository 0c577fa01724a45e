// Deterministic synthetic kits for the benchmarks: domain words plus a long tail of generated words, a
// seeded generator, so every run measures the same kit.

/** A seeded 32-bit generator (mulberry32): the same seed gives the same sequence. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAIN_WORDS = (
  '社群 读书 共读 书单 线下 见面 活动 报名 新人 欢迎 入群 破冰 打卡 挑战 健身 减脂 跑步 瑜伽 宝宝 亲子 育儿 绘本 ' +
  '猫咪 狗狗 领养 户外 徒步 露营 爬山 骑行 美食 烘焙 探店 菜谱 职场 面试 简历 成长 课程 同城 周末 城市 邻居 音乐 ' +
  '吉他 合唱 演出 歌单 创业 创始人 团队 产品 品牌 客户 会员 续费 优惠 内测 新品 复盘 总结 嘉宾 分享会 直播 故事 ' +
  '口号 话题 话术 互动 讨论 接龙 投票 群规 提醒 召回 好久不见 一起 坚持 第一次 经验 方法 推荐 清单 日常 记录 ' +
  '交流 提问 回答 感谢 期待 计划 目标 习惯 朋友 伙伴 温暖 真实 用心 认真 轻松 简单 每天 每周 本月 今年'
).split(' ');
// Common characters for the long tail of words a real kit has beyond the domain's own.
const CHARS =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';

const WORDS = [...DOMAIN_WORDS];
{
  const random = seeded(99);
  for (let i = 0; i < 4000; i++) {
    const length = 2 + Math.floor(random() * 2);
    let word = '';
    for (let j = 0; j < length; j++) word += CHARS[Math.floor(random() * CHARS.length)];
    WORDS.push(word);
  }
}
const TAGS = '读书 健身 育儿 宠物 户外 美食 职场 同城 音乐 创业 通用 线下活动 破冰 欢迎 打卡 共读 续费 招募 分享 复盘 嘉宾 群规 召回 内测'.split(' ');
const KINDS = ['topic', 'slogan', 'story', 'script'];
const STAGES = ['gather', 'interact', 'operate', 'monetize'];
const PLATFORMS = [undefined, undefined, ['weibo', 'douban'], ['wechat'], ['wechat', 'douban']];

const pick = (random, list) => list[Math.floor(random() * list.length)];
// Word choice leans on the domain words at the front, as real text leans on a few words.
const word = (random) => WORDS[Math.floor(WORDS.length * random() ** 2.5)];
const phrase = (random, min, max) => {
  const n = min + Math.floor(random() * (max - min + 1));
  let out = '';
  while ([...out].length < n) out += word(random) + (random() < 0.15 ? '，' : '');
  return [...out].slice(0, max).join('');
};

/** A valid kit of `count` items (and `entries` calendar entries) as a plain object. */
export function syntheticKit(count, { seed = 1, entries = 0, id = 'synthetic' } = {}) {
  const random = seeded(seed);
  const items = [];
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % 4];
    const platforms = pick(random, PLATFORMS);
    items.push({
      id: `i${i}`,
      kind,
      title: phrase(random, 4, 12).replace(/，/g, ''),
      body: kind === 'topic' ? phrase(random, 4, 10).replace(/，/g, '') : phrase(random, 40, 160),
      tags: [pick(random, TAGS), pick(random, TAGS)].filter((t, j, a) => a.indexOf(t) === j),
      stage: pick(random, STAGES),
      ...(platforms && { platforms }),
    });
  }
  const calendar = [];
  for (let i = 0; i < entries; i++) {
    const day = new Date(Date.UTC(2026, 0, 1 + Math.floor(random() * 365)));
    calendar.push({
      id: `e${i}`,
      date: day.toISOString().slice(0, 10),
      ...(random() < 0.6 && { time: `${String(8 + Math.floor(random() * 12)).padStart(2, '0')}:00` }),
      title: phrase(random, 4, 14).replace(/，/g, ''),
      platform: pick(random, ['weibo', 'douban', 'wechat', 'offline']),
      status: pick(random, ['idea', 'draft', 'scheduled', 'published']),
      ...(random() < 0.5 && { itemId: `i${Math.floor(random() * count)}` }),
    });
  }
  return {
    format: 'community-kit',
    formatVersion: 1,
    id,
    name: `合成内容包 ${count}`,
    version: '1.0.0',
    updatedAt: '2026-11-23T00:00:00+08:00',
    items,
    ...(entries && { calendar }),
  };
}

/** A draft of `length` characters in the same vocabulary. */
export function syntheticDraft(random, length = 140) {
  return phrase(random, length, length);
}
