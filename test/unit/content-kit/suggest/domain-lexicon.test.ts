import { describe, expect, it } from 'vitest';
import { builtinKit, DOMAIN_LEXICON } from '../../../../content-kit';
import { createConceptMatcher } from '../../../../content-kit/suggest/create-concept-matcher';

const matcher = createConceptMatcher(DOMAIN_LEXICON);
const conceptsOf = (text: string) => [...matcher.all(text).keys()].map((c) => c.id).sort();

describe('domain lexicon', () => {
  it('gives every word to one concept only', () => {
    const owner = new Map<string, string>();
    for (const concept of DOMAIN_LEXICON) {
      for (const word of concept.words) {
        expect(owner.get(word), `${word} is in ${owner.get(word)} and ${concept.id}`).toBeUndefined();
        owner.set(word, concept.id);
      }
    }
  });

  it.each(['学习', '成长', '公司', '团队', '周边', '知识', '社区', '同学', '社团', '排版'])('keeps the over-broad word %s out of every scene', (word) => {
    expect(DOMAIN_LEXICON.filter((c) => c.scene && c.words.includes(word)).map((c) => c.id)).toEqual([]);
  });

  it.each([
    ['降噪', 'noise'],
    ['二群', 'replicate'],
    ['分会', 'replicate'],
    ['主理人', 'replicate'],
    ['征稿', 'output'],
    ['精华', 'output'],
    ['干货', 'output'],
    ['加精', 'output'],
    ['管理员', 'structure'],
    ['值班', 'structure'],
    ['分工', 'structure'],
    ['组长', 'structure'],
    ['审核', 'threshold'],
    ['入群问题', 'threshold'],
    ['反诈', 'anti-fraud'],
    ['组规', 'rules'],
    ['超话', 'discussion'],
    ['抽奖', 'giveaway'],
    ['转发', 'spread'],
    ['招新', 'recruit'],
    ['纳新', 'recruit'],
    ['追剧', 'drama'],
    ['追星', 'fandom'],
    ['二次元', 'acg'],
    ['漫展', 'acg'],
    ['备考', 'exam'],
    ['帮忙转发', 'spread'],
    ['摄影', 'photo'],
    ['手帐', 'journal'],
    ['考研', 'exam'],
    ['美妆', 'beauty'],
    ['旅行', 'travel'],
    ['同学会', 'classmates'],
    ['老乡', 'hometown'],
    ['用户群', 'brand'],
  ])('knows %s as %s', (word, id) => {
    expect(conceptsOf(`今天说说${word}这件事`)).toContain(id);
  });

  it('counts how often a concept is mentioned', () => {
    const found = matcher.all('宝宝挑食，带娃好累，亲子时间也少');
    expect([...found].map(([c, n]) => [c.id, n])).toContainEqual(['parenting', 3]);
  });

  it('reads the longest word at a place: 帮忙转发 spreads a post, it does not ask for help', () => {
    expect(conceptsOf('麻烦大家帮忙转发一下')).not.toContain('mutual-aid');
    expect(conceptsOf('想请大家帮忙看看')).toContain('mutual-aid');
  });

  it('has a scene for each community type of the starter kit, named as its items’ first tag', () => {
    const types = new Set(builtinKit().items.map((item) => item.tags?.[0]).filter((tag) => tag && tag !== '通用'));
    expect(DOMAIN_LEXICON.filter((c) => c.scene).map((c) => c.type).sort()).toEqual([...types].sort());
  });

  it('does not read 毛孩子 as a child', () => {
    expect(conceptsOf('我家毛孩子今天生日')).not.toContain('parenting');
  });
});
