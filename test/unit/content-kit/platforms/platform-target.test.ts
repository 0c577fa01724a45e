import { describe, expect, it } from 'vitest';
import { PLATFORM_TARGETS, platformTarget } from '../../../../content-kit';

describe('PLATFORM_TARGETS', () => {
  it('declares each target once, with the site’s hashtag form and counting rule', () => {
    const ids = PLATFORM_TARGETS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of PLATFORM_TARGETS) {
      expect(t.limit).toBeGreaterThan(0);
      if (t.site === 'weibo') expect(t).toMatchObject({ hashtag: 'double', counting: 'weibo' });
      if (t.site === 'douban') expect(t.hashtag).toBe('double');
      if (t.site !== 'weibo') expect(t.counting).toBe('code-points');
    }
    expect(platformTarget('wechat-mp-title').limit).toBe(64);
    expect(platformTarget('wechat-mp-digest').limit).toBe(120);
    expect(platformTarget('wechat-mp-body')).toMatchObject({ hashtag: 'single', content: 'html' });
    expect(platformTarget('wechat-chat')).toMatchObject({ hashtag: 'none', groupChat: true, content: 'plain' });
  });
});

describe('platformTarget', () => {
  it('finds a target by id', () => {
    expect(platformTarget('douban-group-title')).toMatchObject({ id: 'douban-group-title', site: 'douban', lineBreaks: false, limit: 70 });
  });

  it('falls back to the site’s main target, and to Weibo with no site', () => {
    expect(platformTarget(undefined, 'douban').id).toBe('douban-broadcast');
    expect(platformTarget(undefined, 'wechat').id).toBe('wechat-chat');
    expect(platformTarget(undefined, 'weibo').id).toBe('weibo-post');
    expect(platformTarget(undefined).id).toBe('weibo-post');
    expect(platformTarget('no-such-target', 'wechat').id).toBe('wechat-chat');
    expect(platformTarget('constructor', 'douban').id).toBe('douban-broadcast');
  });

  it('applies a positive limit override for that target only, without changing the declaration', () => {
    const limits = new Map([['weibo-post', 5000], ['wechat-chat', 0], ['douban-broadcast', -3]]);
    expect(platformTarget('weibo-post', undefined, limits).limit).toBe(5000);
    expect(platformTarget('weibo-post').limit).toBe(2000);
    expect(platformTarget('wechat-chat', undefined, limits).limit).toBe(2000);
    expect(platformTarget('douban-broadcast', undefined, limits).limit).toBe(2000);
    expect(platformTarget(undefined, 'weibo', limits).limit).toBe(5000);
    expect(PLATFORM_TARGETS.find((t) => t.id === 'weibo-post')!.limit).toBe(2000);
  });
});
