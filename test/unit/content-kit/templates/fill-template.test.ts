import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../../content-kit';

const story = {
  body: '{{年份}}年，{{创始人}}在{{城市}}开了第一场读书会。',
  variables: [{ name: '年份', required: true }, { name: '创始人', default: '一位书店店员' }, { name: '城市' }],
};

describe('fillTemplate', () => {
  it('fills blanks from a record or a Map', () => {
    const values = { 年份: '2019', 创始人: '小林', 城市: '杭州' };
    const expected = { text: '2019年，小林在杭州开了第一场读书会。', missing: [] };
    expect(fillTemplate(story, values)).toEqual(expected);
    expect(fillTemplate(story, new Map(Object.entries(values)))).toEqual(expected);
  });

  it('falls back to a default when no value (or an empty one) is given', () => {
    expect(fillTemplate(story, { 年份: '2019', 城市: '杭州' }).text).toBe('2019年，一位书店店员在杭州开了第一场读书会。');
    expect(fillTemplate(story, { 年份: '2019', 创始人: '', 城市: '杭州' }).text).toBe('2019年，一位书店店员在杭州开了第一场读书会。');
  });

  it('reports missing required values, including undeclared blanks', () => {
    expect(fillTemplate(story, {}).missing).toEqual(['年份']);
    expect(fillTemplate(story, { 年份: '   ' }).missing).toEqual(['年份']);
    expect(fillTemplate({ body: '欢迎 {{昵称}} 和 {{城市}}' }, { 城市: '杭州' }).missing).toEqual(['昵称']);
  });

  it('does not call a required blank with a default missing', () => {
    expect(fillTemplate({ body: '{{a}}', variables: [{ name: 'a', required: true, default: 'x' }] }, {})).toEqual({ text: 'x', missing: [] });
  });

  it('empties unfilled blanks, or keeps them with keepUnfilled', () => {
    expect(fillTemplate(story, { 年份: '2019' }).text).toBe('2019年，一位书店店员在开了第一场读书会。');
    expect(fillTemplate(story, { 年份: '2019' }, { keepUnfilled: true }).text).toBe('2019年，一位书店店员在{{城市}}开了第一场读书会。');
  });

  it('turns \\{{ into a literal {{ and leaves malformed braces alone', () => {
    expect(fillTemplate({ body: '写 \\{{品牌}} 得到 {{品牌}}；{{a b}}' }, { 品牌: '夜读' }).text).toBe('写 {{品牌}} 得到 夜读；{{a b}}');
  });

  it('inserts values literally: no $ patterns, no second pass over filled text', () => {
    expect(fillTemplate({ body: '{{a}}|{{b}}' }, { a: '$& $1 $$', b: '{{a}}' }).text).toBe('$& $1 $$|{{a}}');
  });

  it('fills Markdown bodies in place', () => {
    expect(fillTemplate({ body: '**{{品牌}}**\n\n- {{城市}}' }, { 品牌: '夜读会', 城市: '杭州' }).text).toBe('**夜读会**\n\n- 杭州');
  });

  it('handles names that are Object.prototype keys', () => {
    expect(fillTemplate({ body: '{{constructor}}-{{toString}}' }, { toString: 'x' })).toEqual({ text: '-x', missing: ['constructor'] });
  });
});
