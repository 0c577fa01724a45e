import { describe, expect, it } from 'vitest';
import { resolveBlanks, templateVariables } from '../../../../content-kit';

const item = {
  body: '欢迎来到{{社群名}}！我们在{{城市}}，{{群主}}每{{周期}}办一次活动，{{同好描述}}。话题：{{话题}}',
  variables: [
    { name: '社群名', hint: '如：城南夜读会', required: true },
    { name: '城市', hint: '如：杭州', required: true },
    { name: '群主', hint: '如：阿青', default: '群主' },
    { name: '周期', hint: '如：周', default: '周' },
    { name: '同好描述', hint: '如：下班后想读点书' },
  ],
};
const variables = templateVariables(item);
const values = (sources: Parameters<typeof resolveBlanks>[1]) =>
  Object.fromEntries([...resolveBlanks(variables, sources)].map(([name, r]) => [name, `${r.source}:${r.value}`]));

describe('resolveBlanks', () => {
  it('never uses a hint as a value: with nothing known, blanks without a default start empty', () => {
    expect(values({})).toEqual({ 社群名: ':', 城市: ':', 群主: 'default:群主', 周期: 'default:周', 同好描述: ':', 话题: ':' });
  });

  it("takes the page's group name, the profile's city, the canvas where it fits and the default last", () => {
    const result = values({
      page: { community: '读书会·3群', topic: '世界读书日' },
      profile: { 社群名: '城南夜读会', 城市: '杭州', 创始人: '小林' },
      canvas: { interest: '下班后想读点书', structure: '很长的一段'.repeat(20) },
    });
    expect(result).toEqual({
      社群名: 'page:读书会·3群',
      城市: 'profile:杭州',
      群主: 'profile:小林',
      周期: 'default:周',
      同好描述: 'canvas:下班后想读点书',
      话题: 'page:世界读书日',
    });
  });

  it('falls back to the profile when the page knows nothing, and leaves a paragraph of canvas out', () => {
    const result = values({ page: { community: '  ' }, profile: { 社群名: '城南夜读会', 群主: '阿青' }, canvas: { interest: '第一句。\n第二句。' } });
    expect(result).toMatchObject({ 社群名: 'profile:城南夜读会', 群主: 'profile:阿青', 同好描述: ':' });
  });

  it('reads only own profile entries, so a blank named like a prototype key gets nothing', () => {
    const proto = templateVariables({ body: '{{constructor}}{{toString}}' });
    const resolved = resolveBlanks(proto, { profile: { 城市: '杭州' } });
    expect([...resolved.values()]).toEqual([{ value: '', source: '' }, { value: '', source: '' }]);
  });
});
