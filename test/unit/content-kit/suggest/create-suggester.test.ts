import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinKit, createSuggester, type KitItem, type Platform, type SuggestItem, type Suggestion } from '../../../../content-kit';

const kit = builtinKit();
const byId = new Map(kit.items.map((i) => [i.id, i]));
const itemOf = (s: Suggestion): KitItem => byId.get(s.id)!;
const typeOf = (s: Suggestion) => itemOf(s).tags?.[0];
const builtin = createSuggester([kit]);

/** Three everyday drafts for each community type of the starter kit, keyed by the type's name as its items' first tag. */
const DRAFTS: Record<string, string[]> = {
  读书: ['这个月我们读书会共读《百年孤独》，大家读到哪一章了', '最近读完一本书，想找几个书友一起聊聊', '今晚领读第三章，记得带上你划线的句子'],
  健身: ['今天健身房练腿，减脂第三周，体重掉了两斤', '每天晨跑五公里，有没有一起坚持的跑友', '瑜伽课练完腰好酸，大家平时怎么拉伸'],
  育儿: ['宝宝最近不爱吃辅食，各位宝妈有什么办法', '孩子上幼儿园一直哭，家长们是怎么过渡的', '周末带娃去哪儿玩，求推荐亲子活动'],
  宠物: ['家里的猫咪最近掉毛严重，铲屎官们怎么处理', '刚领养了一只狗狗，求推荐狗粮', '晒一下我家主子的睡姿，太可爱了'],
  户外: ['周末去徒步露营，路线大概15公里，装备要带哪些', '这周六爬山，山顶看日出，一起吗', '骑行去湖边，带好头盔和水'],
  美食: ['周末在家烘焙了一个蛋糕，分享一下食谱', '发现一家很好吃的小店，探店打卡', '今天的家常菜：番茄炒蛋和红烧肉，大家晚饭吃什么'],
  职场: ['最近在准备跳槽面试，简历怎么写更好', '工作第三年想转行，求职场前辈指点', '这周学了一个提高效率的方法，分享给大家'],
  同城: ['杭州同城的朋友，周末有没有一起出来玩的', '我们小区附近新开了一家书店，邻居们去过吗', '刚搬来这座城市，想认识几个本地朋友'],
  音乐: ['最近在学吉他，有没有一起练琴的朋友', '周末乐队排练，想找个鼓手', '分享一首最近单曲循环的歌，歌单接龙'],
  创业: ['创业第二年，团队只有五个人，想聊聊融资和找客户', '我们的产品刚上线，第一个付费客户来了', '作为创始人，最难的是招到合适的合伙人'],
  追剧: ['这部剧今晚更新两集，追剧的朋友下班一起看', '有没有那种看了好几遍还想再看的剧，求安利', '周末想包场看电影，观影团有人一起吗'],
  追星: ['下个月演唱会抢到票了，有一起去的吗', '偶像生日快到了，大家想怎么应援', '追星这么多年，你是哪一刻入坑的'],
  二次元: ['这一季的新番你们都在追哪部', '漫展要出cos，求返图的小伙伴', '动漫群来聊聊你的启蒙番'],
  摄影: ['新买的相机到了，周末想去扫街拍照', '今天的光特别好，随手拍了一张，求大家点评', '修图总是调不出想要的颜色，有人教教吗'],
  手帐: ['刚入坑手帐，本子和胶带怎么选', '晒一下这周的手帐排版，拼贴用了新买的贴纸', '一日一页的手帐坚持到第三十天了'],
  备考: ['考研还有一百天，每天在自习室刷题到十点', '准备考公，有没有一起备考的研友互相监督', '期末周到了，宿舍几个人约好一起复习'],
  美妆: ['干皮冬天用什么粉底不卡粉', '这个月化妆品空瓶了好几个，来晒一下', '新买的口红试色翻车了，踩雷分享'],
  旅行: ['五一想去云南旅行，求一份省钱的行程攻略', '一个人出去旅游，有没有人想找旅伴', '国庆去哪里玩人少，景点和民宿求推荐'],
  同学: ['高中同学毕业十年了，想组织一次同学聚会', '翻到一张当年的毕业照，老同学们还认得出自己吗', '教师节到了，想起高中的班主任'],
  老乡: ['在北京的四川老乡，过年回家一起拼车吗', '好久没听到家乡话了，老乡们用方言说一句', '老家寄来的特产太多了，老乡们一起分一分'],
  品牌: ['买过我们产品的朋友，用着有问题都可以在群里问', '新品上市前想请老客户先试用', '这个月的会员日，老客户下单有专属价'],
};

const item = (id: string, over: Partial<SuggestItem> = {}): SuggestItem => ({ id, kind: 'topic', title: id, body: '', ...over });

describe('suggest: ranking the built-in kit', () => {
  describe.each(Object.entries(DRAFTS))('a %s community', (type, drafts) => {
    it.each(drafts)('brings %s items into the top 5 for “%s”', (draft) => {
      const top = builtin.suggest({ text: draft }, { limit: 5 });
      expect(top).toHaveLength(5);
      expect(top.map(typeOf)).toContain(type);
    });

    it('fills most of the top 5 with its own items over its drafts', () => {
      const own = drafts.flatMap((text) => builtin.suggest({ text }, { limit: 5 })).filter((s) => typeOf(s) === type);
      expect(own.length).toBeGreaterThanOrEqual(6);
    });

    it('still finds its items on every site', () => {
      for (const site of ['weibo', 'douban', 'wechat'] as const) {
        const top = builtin.suggest({ text: drafts[0], site }, { limit: 5 });
        expect(top.map(typeOf)).toContain(type);
      }
    });
  });

  it('keeps each type’s own items near the top over all the drafts (NDCG@5 with the type as relevance: 0.709 on the v2 kit with the lexicon before issue 12, 0.929 after)', () => {
    const ideal = [0, 1, 2, 3, 4].reduce((sum, i) => sum + 1 / Math.log2(i + 2), 0);
    const scores = Object.entries(DRAFTS).flatMap(([type, drafts]) =>
      drafts.map((text) => builtin.suggest({ text }, { limit: 5 }).reduce((sum, s, i) => sum + (typeOf(s) === type ? 1 / Math.log2(i + 2) : 0), 0) / ideal),
    );
    expect(scores.reduce((a, b) => a + b, 0) / scores.length).toBeGreaterThanOrEqual(0.709);
  });

  it('ranks reading, offline-event and gather/operate items first for a reading club’s first meetup', () => {
    const top = builtin.suggest({ text: '读书会第一次线下见面会，大家带一本最近在读的书来' }, { limit: 5 });
    const reading = (s: Suggestion) => typeOf(s) === '读书';
    const offline = (s: Suggestion) => /线下|见面/.test(`${s.title} ${itemOf(s).tags?.join(' ')}`);
    for (const s of top) {
      expect(reading(s) || offline(s)).toBe(true);
      expect(['gather', 'operate']).toContain(s.stage);
    }
    expect(top.slice(0, 3).some(reading)).toBe(true);
    expect(top.slice(0, 3).some(offline)).toBe(true);
    expect(top.some((s) => reading(s) && offline(s))).toBe(true);
  });

  it('finds scripts for recurring moments', () => {
    const first = (text: string) => builtin.suggest({ text, target: 'wechat-chat', site: 'wechat' }, { limit: 3 });
    expect(first('欢迎新朋友进群，先做个自我介绍吧').every((s) => s.stage === 'gather')).toBe(true);
    expect(first('本月会员续费有优惠').every((s) => s.stage === 'monetize')).toBe(true);
    // The kit's rules, noise, removal and anti-fraud scripts all carry the 群规 tag.
    expect(first('请大家不要在群里发广告，刷屏会被移出').every((s) => itemOf(s).tags?.includes('群规'))).toBe(true);
  });

  it('returns results best first with the fields the sidebar needs', () => {
    const top = builtin.suggest({ text: '周末徒步露营' }, { limit: 10 });
    expect(top).toHaveLength(10);
    for (let i = 1; i < top.length; i++) expect(top[i - 1]!.score).toBeGreaterThanOrEqual(top[i]!.score);
    for (const s of top) {
      expect(s.key).toBe(`${kit.id}/${s.id}`);
      expect(s.kitId).toBe(kit.id);
      expect(s.kind).toBe(itemOf(s).kind);
      expect(s.title).toBe(itemOf(s).title);
      expect(s.stage).toBe(itemOf(s).stage);
      expect(s.score).toBeGreaterThan(0);
    }
  });
});

describe('suggest: filters', () => {
  it('never returns an item whose platforms exclude the site', () => {
    const sites: Platform[] = ['weibo', 'douban', 'wechat'];
    const titles = kit.items.map((i) => i.title);
    fc.assert(
      fc.property(fc.constantFrom(...titles), fc.constantFrom(...sites), fc.integer({ min: 1, max: 40 }), (text, site, limit) => {
        for (const s of builtin.suggest({ text, site }, { limit })) {
          const platforms = itemOf(s).platforms;
          expect(!platforms || platforms.includes(site)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('drops a perfectly matching item on a site it excludes, and keeps it elsewhere', () => {
    const s = createSuggester([
      { id: 'k', items: [item('wechat-only', { title: '群聊暗号', body: '群聊暗号', platforms: ['wechat'] }), item('all', { title: '群聊规则' })] },
    ]);
    expect(s.suggest({ text: '群聊暗号', site: 'weibo' }).map((x) => x.id)).toEqual(['all']);
    expect(s.suggest({ text: '群聊暗号', site: 'douban' }).map((x) => x.id)).toEqual(['all']);
    expect(s.suggest({ text: '群聊暗号', site: 'wechat' }).map((x) => x.id)).toEqual(['wechat-only', 'all']);
    expect(s.suggest({ text: '群聊暗号' }).map((x) => x.id)).toEqual(['wechat-only', 'all']);
    expect(s.suggest({ site: 'weibo' }).map((x) => x.id)).toEqual(['all']);
  });

  it.each(['topic', 'slogan', 'story', 'script'] as const)('filters by kind %s', (kind) => {
    const top = builtin.suggest({ text: '读书会线下活动，欢迎新朋友' }, { kind, limit: 10 });
    expect(top.length).toBeGreaterThan(0);
    expect(top.every((s) => s.kind === kind)).toBe(true);
  });

  it.each(['gather', 'interact', 'operate', 'monetize'] as const)('filters by stage %s', (stage) => {
    const top = builtin.suggest({ text: '社群 活动 会员 打卡 欢迎 分享' }, { stage, limit: 10 });
    expect(top.length).toBeGreaterThan(0);
    expect(top.every((s) => s.stage === stage && itemOf(s).stage === stage)).toBe(true);
  });

  it('combines kind, stage and site filters', () => {
    const top = builtin.suggest({ text: '欢迎新人进群', site: 'wechat' }, { kind: 'script', stage: 'gather', limit: 10 });
    expect(top.length).toBeGreaterThan(0);
    for (const s of top) expect(s).toMatchObject({ kind: 'script', stage: 'gather' });
  });

  it('honours the limit, with at least one result', () => {
    expect(builtin.suggest({ text: '读书' }, { limit: 3 })).toHaveLength(3);
    expect(builtin.suggest({ text: '读书' }, { limit: 0 })).toHaveLength(1);
    expect(builtin.suggest({ text: '读书' })).toHaveLength(20);
  });
});

describe('suggest: changing the index', () => {
  it('adds, changes and removes items without a rebuild', () => {
    const s = createSuggester([{ id: 'k', items: [item('a', { title: '读书打卡' }), item('b', { title: '跑步打卡' })] }]);
    expect(s.size).toBe(2);
    expect(s.suggest({ text: '露营装备' })).toEqual([]);

    s.upsert('k', item('c', { title: '露营装备清单' }));
    expect(s.size).toBe(3);
    expect(s.suggest({ text: '露营装备' }).map((x) => x.id)).toEqual(['c']);
    expect(s.get('k/c')?.title).toBe('露营装备清单');

    s.upsert('k', item('c', { title: '烘焙工具清单' }));
    expect(s.size).toBe(3);
    expect(s.suggest({ text: '露营装备' })).toEqual([]);
    expect(s.suggest({ text: '烘焙工具' }).map((x) => [x.id, x.title])).toEqual([['c', '烘焙工具清单']]);

    s.remove('k', 'a');
    expect(s.size).toBe(2);
    expect(s.get('k/a')).toBeUndefined();
    expect(s.suggest({ text: '读书打卡' }).map((x) => x.id)).toEqual(['b']);
    s.remove('k', 'missing');
    expect(s.size).toBe(2);
  });

  it('keeps working through many removals (which compact the index)', () => {
    const items = Array.from({ length: 1500 }, (_, i) => item(`i${i}`, { title: i % 2 ? `读书第${i}期` : `跑步第${i}期` }));
    const s = createSuggester([{ id: 'k', items }]);
    for (let i = 0; i < 1500; i += 2) s.remove('k', `i${i}`);
    expect(s.size).toBe(750);
    expect(s.suggest({ text: '跑步' })).toEqual([]);
    const reading = s.suggest({ text: '读书' }, { limit: 1000 });
    expect(reading).toHaveLength(750);
    s.upsert('k', item('i0', { title: '跑步回归' }));
    expect(s.suggest({ text: '跑步' }).map((x) => x.id)).toEqual(['i0']);
  });

  it('keeps items of different kits apart by key', () => {
    const s = createSuggester([
      { id: 'k1', items: [item('same', { title: '读书会' })] },
      { id: 'k2', items: [item('same', { title: '读书会' })] },
    ]);
    expect(s.suggest({ text: '读书会' }).map((x) => x.key)).toEqual(['k1/same', 'k2/same']);
    s.remove('k1', 'same');
    expect(s.suggest({ text: '读书会' }).map((x) => x.key)).toEqual(['k2/same']);
  });

  it('treats ids such as __proto__ and constructor as plain strings', () => {
    const s = createSuggester([
      { id: 'k', items: [item('__proto__', { title: '读书打卡' }), item('constructor', { title: '读书欢迎' }), item('toString', { title: '跑步' })] },
    ]);
    expect(s.suggest({ text: '读书' }).map((x) => x.id).sort()).toEqual(['__proto__', 'constructor']);
    expect(s.get('k/__proto__')?.title).toBe('读书打卡');
    expect(s.get('k/hasOwnProperty')).toBeUndefined();
    s.remove('k', '__proto__');
    expect(s.suggest({ text: '读书' }).map((x) => x.id)).toEqual(['constructor']);
    s.upsert('__proto__', item('constructor', { title: '原型里的读书' }));
    expect(s.suggest({ text: '读书' }).map((x) => x.key).sort()).toEqual(['__proto__/constructor', 'k/constructor']);
    expect(Object.prototype).not.toHaveProperty('title');
  });
});

describe('suggest: context and personal signals', () => {
  it('points matched spans at the matched text, in UTF-16 offsets of title and body', () => {
    const s = createSuggester([{ id: 'k', items: [item('a', { title: '😀周末读书会', body: '一起来读书会聊聊' })] }]);
    const [top] = s.suggest({ text: '读书会' });
    expect(top!.matches).toEqual([
      { field: 'title', start: 4, end: 7 },
      { field: 'body', start: 3, end: 6 },
    ]);
    expect('😀周末读书会'.slice(4, 7)).toBe('读书会');
  });

  it('gives spans that start and end on the draft’s own words', () => {
    const text = '读书会第一次线下见面会，大家带一本最近在读的书来';
    for (const s of builtin.suggest({ text }, { limit: 10 })) {
      for (const m of s.matches) {
        const source = m.field === 'title' ? itemOf(s).title : itemOf(s).body;
        const span = source.slice(m.start, m.end);
        expect(span.length).toBeGreaterThan(0);
        expect(text).toContain(span.length === 1 ? span : span.slice(0, 2));
        expect(text).toContain(span.length === 1 ? span : span.slice(-2));
      }
    }
  });

  it('raises an item the user has favourited or used', () => {
    const s = createSuggester([{ id: 'k', items: [item('a', { title: '读书打卡' }), item('b', { title: '读书打卡' })] }]);
    expect(s.suggest({ text: '读书打卡' }).map((x) => x.id)).toEqual(['a', 'b']);
    expect(s.suggest({ text: '读书打卡' }, { favourites: new Set(['k/b']) }).map((x) => x.id)).toEqual(['b', 'a']);
    const now = Date.UTC(2026, 10, 20);
    const usage = new Map([['k/b', { count: 3, lastUsed: now - 86_400_000 }]]);
    const used = s.suggest({ text: '读书打卡' }, { usage, now });
    expect(used.map((x) => x.id)).toEqual(['b', 'a']);
    expect(used[0]!.score).toBeGreaterThan(used[1]!.score);
    const recent = s.suggest({ text: '读书打卡' }, { usage: new Map([['k/b', { count: 3, lastUsed: now }]]), now })[0]!.score;
    const old = s.suggest({ text: '读书打卡' }, { usage: new Map([['k/b', { count: 3, lastUsed: now - 30 * 86_400_000 }]]), now })[0]!.score;
    expect(recent).toBeGreaterThan(old);
  });

  it('moves a favourite of the built-in kit up the list', () => {
    const text = '周末徒步露营';
    const before = builtin.suggest({ text }, { limit: 10 });
    const fifth = before[4]!;
    const after = builtin.suggest({ text }, { limit: 10, favourites: new Set([fifth.key]), usage: new Map([[fifth.key, { count: 20, lastUsed: Date.now() }]]) });
    expect(after.findIndex((s) => s.id === fifth.id)).toBeLessThan(4);
  });

  it('prefers the kind that fits the target', () => {
    const s = createSuggester([{ id: 'k', items: [item('t', { kind: 'topic', title: '读书打卡' }), item('s', { kind: 'script', title: '读书打卡' })] }]);
    expect(s.suggest({ text: '读书打卡', target: 'wechat-chat' })[0]!.id).toBe('s');
    expect(s.suggest({ text: '读书打卡', target: 'weibo-post' })[0]!.id).toBe('t');
  });

  it('uses the page: group name, page title and hot topics', () => {
    const s = createSuggester([{ id: 'k', items: [item('hike', { title: '周末徒步' }), item('bake', { title: '烘焙翻车' })] }]);
    expect(s.suggest({ group: '杭州徒步小组' })[0]!.id).toBe('hike');
    expect(s.suggest({ title: '烘焙爱好者' })[0]!.id).toBe('bake');
    expect(s.suggest({ hotTopics: ['#烘焙翻车现场#'] })[0]!.id).toBe('bake');
  });

  it('matches concepts across different wording', () => {
    const s = createSuggester([{ id: 'k', items: [item('meet', { title: '线下聚会', tags: ['线下'] }), item('other', { title: '月度复盘' })] }]);
    expect(s.suggest({ text: '下周的见面会在哪里' }).map((x) => x.id)).toEqual(['meet']);
  });

  it('folds width and case', () => {
    const s = createSuggester([{ id: 'k', items: [item('kol', { title: 'KOL 访谈' })] }]);
    expect(s.suggest({ text: 'ｋｏｌ' }).map((x) => x.id)).toEqual(['kol']);
    expect(s.suggest({ query: 'kol' }).map((x) => x.id)).toEqual(['kol']);
  });

  it('finds titles by a one-character search', () => {
    const s = createSuggester([{ id: 'k', items: [item('run', { title: '跑步打卡' }), item('read', { title: '读书打卡' })] }]);
    expect(s.suggest({ query: '跑' }).map((x) => x.id)).toEqual(['run']);
    expect(s.suggest({ query: '读', site: 'weibo' }).map((x) => x.id)).toEqual(['read']);
  });

  it('returns items in kit order for an empty context, favourites first, filters applied', () => {
    const first = builtin.suggest({}, { limit: 5 });
    expect(first.map((s) => s.id)).toEqual(kit.items.slice(0, 5).map((i) => i.id));
    const scripts = builtin.suggest({}, { limit: 3, kind: 'script' });
    expect(scripts.map((s) => s.id)).toEqual(kit.items.filter((i) => i.kind === 'script').slice(0, 3).map((i) => i.id));
    const fav = kit.items[50]!;
    expect(builtin.suggest({ text: '' }, { limit: 5, favourites: new Set([`${kit.id}/${fav.id}`]) })[0]!.id).toBe(fav.id);
    expect(first.every((s) => s.matches.length === 0)).toBe(true);
  });

  it('returns nothing for a draft that matches nothing', () => {
    expect(builtin.suggest({ text: 'zzzz qqqq' })).toEqual([]);
  });

  it('handles a long draft by its end near the caret', () => {
    const long = `${'今天天气不错。'.repeat(100)}周末徒步露营`;
    expect(builtin.suggest({ text: long }, { limit: 5 }).map(typeOf)).toContain('户外');
  });
});

describe('suggest: words of the season', () => {
  const items = [
    item('plain', { title: '周末共读会', tags: ['读书'] }),
    item('day', { title: '周末共读会', tags: ['世界读书日', '读书'] }),
    item('run', { title: '周末跑步', tags: ['健身'] }),
  ];

  it('ranks an item tagged with a word of the season above an otherwise equal one, for one query', () => {
    const s = createSuggester([{ id: 'k', items }]);
    expect(s.suggest({ text: '周末共读会' }).map((x) => x.id)).toEqual(['plain', 'day', 'run']);
    const season = s.suggest({ text: '周末共读会' }, { seasonWords: ['世界读书日'] });
    expect(season.map((x) => x.id)).toEqual(['day', 'plain', 'run']);
    expect(season[0]!.score).toBeGreaterThan(season[1]!.score);
  });

  it('matches a word inside a tag, folds width and case, and ignores blank words', () => {
    const s = createSuggester([{ id: 'k', items: [...items, item('kol', { title: '周末共读会', tags: ['KOL读书日'] })] }]);
    expect(s.suggest({ text: '周末共读会' }, { seasonWords: ['书日'] }).map((x) => x.id).slice(0, 2).sort()).toEqual(['day', 'kol']);
    expect(s.suggest({ text: '周末共读会' }, { seasonWords: ['ｋｏｌ'] })[0]!.id).toBe('kol');
    expect(s.suggest({ text: '周末共读会' }, { seasonWords: [' ', ''] }).map((x) => x.id)).toEqual(s.suggest({ text: '周末共读会' }).map((x) => x.id));
  });

  it('takes the season as a setting, which a query can replace or turn off', () => {
    const s = createSuggester([{ id: 'k', items }], { seasonWords: ['世界读书日'] });
    expect(s.suggest({ text: '周末共读会' })[0]!.id).toBe('day');
    expect(s.suggest({ text: '周末共读会' }, { seasonWords: [] })[0]!.id).toBe('plain');
    expect(s.suggest({ text: '周末' }, { seasonWords: ['健身'] })[0]!.id).toBe('run');
  });

  it('nudges without overriding the draft: an item of another subject does not jump in', () => {
    const s = createSuggester([{ id: 'k', items }], { seasonWords: ['健身'] });
    expect(s.suggest({ text: '共读会' }).map((x) => x.id)).not.toContain('run');
  });

  it('leads the list for an empty draft, and follows items as they are added and changed', () => {
    const s = createSuggester([{ id: 'k', items }]);
    expect(s.suggest({}, { seasonWords: ['世界读书日'] })[0]!.id).toBe('day');
    s.upsert('k', item('later', { title: '读书日快闪', tags: ['世界读书日快闪'] }));
    s.upsert('k', item('day', { title: '周末共读会', tags: ['读书'] }));
    const ranked = s.suggest({ text: '周末共读会' }, { seasonWords: ['世界读书日'] }).map((x) => x.id);
    expect(ranked.indexOf('plain')).toBeLessThan(ranked.indexOf('day'));
    expect(s.suggest({}, { seasonWords: ['世界读书日'] })[0]!.id).toBe('later');
  });

  it('raises the built-in kit’s reading items in the week of 世界读书日 on a draft of no particular scene', () => {
    const text = '周末线下活动，大家报名';
    const reading = (list: Suggestion[]) => list.filter((s) => typeOf(s) === '读书').length;
    const before = builtin.suggest({ text }, { limit: 10 });
    const after = builtin.suggest({ text }, { limit: 10, seasonWords: ['读书', '阅读', '世界读书日'] });
    expect(typeOf(before[0]!)).not.toBe('读书');
    expect(typeOf(after[0]!)).toBe('读书');
    expect(reading(after)).toBeGreaterThan(reading(before));
  });
});

describe('suggest: the sense of the domain', () => {
  const top5 = (text: string, site?: Platform) => builtin.suggest({ text, ...(site && { site }) }, { limit: 5 });

  it.each([
    ['孩子上小学以后学习习惯怎么培养，各位家长有什么经验', '职场'],
    ['孩子的成长只有一次，周末多陪陪他们，今天爸爸带娃去公园', '职场'],
    ['我们公司的读书角每周五午休共读一章，欢迎各部门同事来', '创业'],
    ['找个健身搭子，工作日晚上八点在公司楼下健身房练', '创业'],
    ['我们做了一批社群周边：帆布袋和徽章，群友优先', '同城'],
  ])('keeps a passing word from pulling in another scene: “%s” has no %s item', (text, other) => {
    expect(top5(text).map(typeOf)).not.toContain(other);
  });

  it('counts an item of a community type in its own scene only, whatever else its tags say', () => {
    const s = createSuggester([
      { id: 'k', items: [item('reading', { title: '书店打卡', tags: ['读书', '同城'] }), item('local', { title: '书店打卡', tags: ['同城', '分享'] })] },
    ]);
    expect(s.suggest({ text: '邻居们，小区附近的书店去过吗' }).map((x) => x.id)).toEqual(['local', 'reading']);
  });

  it('weighs a concept an item names in its title or tags above one its body mentions in passing', () => {
    const s = createSuggester([
      { id: 'k', items: [item('promo', { title: '介绍一个社群', body: '那边也守群规' }), item('rules', { title: '介绍一个社群', tags: ['群规'], body: '那边也守时间' })] },
    ]);
    expect(s.suggest({ text: '请大家遵守公约' }).map((x) => x.id)).toEqual(['rules', 'promo']);
  });

  it('finds the replication items for a chapter in another city, not the scene’s everyday topics', () => {
    const ids = top5('想在杭州也开一个分会，有没有愿意当主理人的', 'wechat').map((s) => s.id);
    expect(ids.slice(0, 2).sort()).toEqual(['sc-operate-city-lead', 'st-replication']);
  });

  it('puts a second-group script first for a full group, above the welcome scripts', () => {
    const second = item('second-group', {
      kind: 'script',
      stage: 'operate',
      title: '满员开二群',
      tags: ['通用', '复制', '二群'],
      body: '群里人满了，我们开了二群。老朋友不用动，新朋友请进二群，群规和活动两边一样。',
    });
    const s = createSuggester([kit, { id: 'extra', items: [second] }]);
    expect(s.suggest({ text: '群满500人准备开二群', site: 'wechat' }, { limit: 5 })[0]!.id).toBe('second-group');
  });

  it.each([
    ['群里太吵了，怎么降噪', 'sc-interact-noise-reminder'],
    ['群主一个人忙不过来，招几位管理员轮流值班', 'sc-operate-helper-recruit'],
    ['入群需要回答三个问题，答完我们审核后拉你进群', 'sc-gather-entry-questions'],
    ['「群友说」栏目开始征稿，写写你和跑步的故事', 'sc-operate-column-call'],
    ['组规更新：禁止无关广告，违者删帖', 'sc-gather-rules'],
  ])('finds the craft behind the words: “%s” → %s', (text, id) => {
    expect(top5(text, 'wechat').map((s) => s.id)).toContain(id);
  });
});
