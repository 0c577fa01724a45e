// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import replicas from '../../fixtures/sites/replicas.json' with { type: 'json' };
import { replicaHtml } from '../../fixtures/sites/route-replicas.mjs';
import { checkParts } from '../../../sites/check-parts';
import { pickAdapter, SITE_ADAPTERS } from '../../../sites/site-adapters';

/** A replica as a browser would build it: its scripts run, at its real URL. */
function checksOn(id: string) {
  const replica = replicas.find((r) => r.id === id)!;
  const html = replicaHtml(replica.file);
  const doc = new JSDOM(html, { url: replica.url, runScripts: 'dangerously', pretendToBeVisual: true }).window.document;
  return checkParts(pickAdapter(replica.url)!, [doc], new URL(replica.url));
}

describe("the adapters' self-check", () => {
  it('declares every known part with dated selectors, newest first', () => {
    for (const adapter of SITE_ADAPTERS)
      for (const part of adapter.parts ?? []) {
        const seen = part.selectors.map((s) => s.seen);
        for (const date of seen) expect(date).toMatch(/^\d{4}-\d{2}$/);
        expect([...seen].sort().reverse()).toEqual(seen);
      }
  });

  it('finds a composer whose class names changed only through the fallback selector', () => {
    const body = checksOn('wechat-mp-renamed').find((c) => c.id === 'mp-body')!;
    expect(body.found).toBe(true);
    expect(body.selectors.map((s) => s.matches)).toEqual([0, 0, 1]);
  });

  it('checks only the parts that belong on the page, and reports the ones it found', () => {
    const hot = checksOn('weibo-hot').filter((c) => c.part === 'hot-list');
    expect(hot).toHaveLength(1);
    expect(hot[0]!.found).toBe(true);
    expect(checksOn('douban-group').find((c) => c.part === 'group-name')?.found).toBe(true);
    expect(checksOn('douban-dre-strict').some((c) => c.part === 'group-name')).toBe(false);
    expect(checksOn('weibo-mobile').filter((c) => c.part === 'composer').map((c) => c.id)).toEqual(['comment', 'mobile', 'home']);
  });

  it('records a miss instead of throwing, a rejected selector included', () => {
    const doc = document.implementation.createHTMLDocument('');
    const adapter = { ...pickAdapter('https://weibo.com/')!, parts: [{ id: 'hot-list' as const, selectors: [{ selector: 'a[', seen: '2026-01' }] }] };
    const checks = checkParts(adapter, [doc], new URL('https://weibo.com/'));
    expect(checks.every((c) => !c.found)).toBe(true);
    expect(checks.find((c) => c.part === 'hot-list')!.selectors[0]!.matches).toBe(-1);
  });
});
