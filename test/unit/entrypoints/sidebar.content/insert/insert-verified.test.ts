// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { insertVerified, squash } from '../../../../../entrypoints/sidebar.content/insert/insert-verified';
import type { InsertRouteId, InsertStrategy } from '../../../../../entrypoints/sidebar.content/insert/insert-strategy';
import { textareaStrategy } from '../../../../../entrypoints/sidebar.content/insert/textarea-strategy';

type Behaviour = 'holds' | 'reverts' | 'ignores' | 'misplaces';

/** A text field whose routes behave as told: a stand-in for editors that take, revert, ignore or misplace text. */
function field(value: string, behaviours: Partial<Record<InsertRouteId, Behaviour>>) {
  const element = document.createElement('textarea');
  element.value = value;
  document.body.append(element);
  const routes = Object.keys(behaviours) as InsertRouteId[];
  const revealed: string[] = [];
  const strategy: InsertStrategy = {
    ...textareaStrategy,
    routes,
    // jsdom has no layout to scroll: record that the caret was brought into view.
    reveal: (el) => void revealed.push((el as HTMLTextAreaElement).value),
    apply(route, el, { text }) {
      const f = el as HTMLTextAreaElement;
      const was = f.value;
      const at = f.selectionStart ?? was.length;
      const end = f.selectionEnd ?? at;
      const behaviour = behaviours[route];
      if (behaviour === 'ignores') return true;
      f.value = behaviour === 'misplaces' ? text + was : was.slice(0, at) + text + was.slice(end);
      if (behaviour === 'reverts') setTimeout(() => (f.value = was), 0);
      return true;
    },
  };
  return { element, strategy, revealed };
}

afterEach(() => document.body.replaceChildren());

describe('verified insertion', () => {
  it('tries the routes in order until one holds after the editor settles, leaving the text in once', async () => {
    const { element, strategy, revealed } = field('开头结尾', { execCommand: 'reverts', beforeinput: 'ignores', paste: 'holds' });
    const result = await insertVerified(strategy, element, { text: '#话题#' }, { start: 2, end: 2 });
    expect(element.value).toBe('开头#话题#结尾');
    expect(revealed).toEqual(['开头#话题#结尾']);
    expect(result).toMatchObject({ ok: true, route: 'paste' });
    expect(result.attempts.map((a) => [a.route, a.outcome])).toEqual([
      ['execCommand', 'reverted'],
      ['beforeinput', 'ignored'],
      ['paste', 'verified'],
    ]);
  });

  it('starts with the route that held last time', async () => {
    const { element, strategy } = field('', { execCommand: 'reverts', paste: 'holds' });
    const result = await insertVerified(strategy, element, { text: '你好' }, undefined, 'paste');
    expect(result.attempts.map((a) => a.route)).toEqual(['paste']);
    expect(element.value).toBe('你好');
  });

  it('undoes a route that put the text in the wrong place before trying the next', async () => {
    const { element, strategy } = field('草稿', { execCommand: 'misplaces', setRangeText: 'holds' });
    const result = await insertVerified(strategy, element, { text: '插入' }, { start: 2, end: 2 });
    expect(result.attempts.map((a) => a.outcome)).toEqual(['misplaced', 'verified']);
    expect(element.value).toBe('草稿插入');
  });

  it('leaves the composer exactly as it was when no route holds', async () => {
    const { element, strategy, revealed } = field('原来的草稿', { execCommand: 'reverts', beforeinput: 'ignores', paste: 'misplaces' });
    const result = await insertVerified(strategy, element, { text: '插入' }, { start: 1, end: 1 });
    expect(result.ok).toBe(false);
    expect(revealed).toEqual([]);
    expect(result.route).toBeUndefined();
    expect(element.value).toBe('原来的草稿');
    expect(result.attempts.map((a) => a.outcome)).toEqual(['reverted', 'ignored', 'misplaced']);
  });

  it('replaces a selection and counts a route the browser refused as unavailable', async () => {
    const { element, strategy } = field('把这里换掉', { insertHTML: 'holds' });
    const refusing: InsertStrategy = { ...strategy, routes: ['execCommand', 'insertHTML'], apply: (route, el, i) => route !== 'execCommand' && strategy.apply(route, el, i) };
    const result = await insertVerified(refusing, element, { text: '新词' }, { start: 1, end: 3 });
    expect(element.value).toBe('把新词换掉');
    expect(result.attempts.map((a) => a.outcome)).toEqual(['unavailable', 'verified']);
  });

  it('starts a block on a new paragraph after text on the same line, not at the start of a line', async () => {
    const after = field('第一句话', { setRangeText: 'holds' });
    await insertVerified(after.strategy, after.element, { text: '一段故事', block: true }, undefined);
    expect(after.element.value).toBe('第一句话\n一段故事');
    const fresh = field('第一句话\n', { setRangeText: 'holds' });
    await insertVerified(fresh.strategy, fresh.element, { text: '一段故事', block: true }, undefined);
    expect(fresh.element.value).toBe('第一句话\n一段故事');
  });

  it('allows for text inside the editor that the draft reading leaves out, and no more', async () => {
    const hidden = field('【提示】开头结尾', { execCommand: 'holds' });
    const reading: InsertStrategy = { ...hidden.strategy, read: (el) => (el as HTMLTextAreaElement).value.replace('【提示】', '') };
    const result = await insertVerified(reading, hidden.element, { text: '#话题#' }, { start: 6, end: 6 });
    expect(result.attempts.map((a) => a.outcome)).toEqual(['verified']);
    expect(hidden.element.value).toBe('【提示】开头#话题#结尾');
    const far = field('【提示】开头结尾再写一点', { execCommand: 'misplaces' });
    const farReading: InsertStrategy = { ...far.strategy, read: (el) => (el as HTMLTextAreaElement).value.replace('【提示】', '') };
    expect((await insertVerified(farReading, far.element, { text: '#话题#' }, { start: 12, end: 12 })).ok).toBe(false);
    expect(far.element.value).toBe('【提示】开头结尾再写一点');
  });

  it('compares drafts without whitespace or invisible marks', () => {
    expect(squash('第一段\n\n第二段\u200b  end\u00a0')).toBe('第一段第二段end');
  });
});
