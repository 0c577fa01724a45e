import { describe, expect, it } from 'vitest';
import { templateVariables } from '../../../../content-kit';

describe('templateVariables', () => {
  it('lists blanks in the order the body first uses them, not the declaration order', () => {
    const vars = templateVariables({
      body: '{{城市}}的{{创始人}}，{{年份}}年，又是{{城市}}',
      variables: [{ name: '年份' }, { name: '创始人' }, { name: '城市' }],
    });
    expect(vars.map((v) => v.name)).toEqual(['城市', '创始人', '年份']);
  });

  it('merges the declaration: label, hint, default and required', () => {
    const [v] = templateVariables({
      body: '{{品牌}}',
      variables: [{ name: '品牌', label: '品牌名', hint: '两到四个字', default: '夜读会', required: true }],
    });
    expect(v).toEqual({ name: '品牌', label: '品牌名', hint: '两到四个字', default: '夜读会', required: true, declared: true });
  });

  it('labels a declared variable without a label by its name and makes it optional', () => {
    const [v] = templateVariables({ body: '{{城市}}', variables: [{ name: '城市' }] });
    expect(v).toMatchObject({ name: '城市', label: '城市', required: false, declared: true });
  });

  it('makes an undeclared blank a required free-text field labelled by its name', () => {
    expect(templateVariables({ body: '欢迎 {{昵称}}' })).toEqual([{ name: '昵称', label: '昵称', required: true, declared: false }]);
  });

  it('ignores escaped and malformed blanks', () => {
    expect(templateVariables({ body: '\\{{品牌}} {{a b}}', variables: [{ name: '品牌' }] })).toEqual([]);
  });

  it('works with names that are Object.prototype keys', () => {
    const vars = templateVariables({ body: '{{constructor}} {{toString}}', variables: [{ name: 'toString', label: '名' }] });
    expect(vars).toEqual([
      { name: 'constructor', label: 'constructor', required: true, declared: false },
      expect.objectContaining({ name: 'toString', label: '名', declared: true }),
    ]);
  });
});
