// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import replicas from '../../fixtures/sites/replicas.json' with { type: 'json' };
import { replicaHtml } from '../../fixtures/sites/route-replicas.mjs';
import { pickAdapter, SITE_ADAPTERS } from '../../../sites/site-adapters';
import { isSiteUrl, SITE_HOSTS, SITE_MATCHES } from '../../../sites/site-hosts';

const sitesDir = resolve('sites');

/** A replica as a browser would build it: its scripts run, at its real URL. */
function pageOf(file: string, url: string): Document {
  const html = replicaHtml(file);
  return new JSDOM(html, { url, runScripts: 'dangerously', pretendToBeVisual: true }).window.document;
}

describe('site adapters', () => {
  it('lists every adapter file exactly once', async () => {
    const files = readdirSync(sitesDir).filter((f) => readFileSync(resolve(sitesDir, f), 'utf8').includes('defineSiteAdapter({'));
    const declared = await Promise.all(files.map(async (f) => Object.values(await import(resolve(sitesDir, f)))[0]));
    expect(new Set(SITE_ADAPTERS)).toEqual(new Set(declared));
    expect(new Set(SITE_ADAPTERS.map((a) => a.id)).size).toBe(SITE_ADAPTERS.length);
  });

  it('asks only for the sites’ hosts, never for every URL', () => {
    expect(SITE_MATCHES).toEqual(SITE_ADAPTERS.flatMap((a) => a.matches));
    for (const adapter of SITE_ADAPTERS) expect(adapter.matches).toBe(SITE_HOSTS[adapter.id]);
    expect(Object.keys(SITE_HOSTS).sort()).toEqual(SITE_ADAPTERS.map((a) => a.id).sort());
    for (const pattern of SITE_MATCHES) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(SITE_MATCHES).not.toContain('<all_urls>');
  });

  it('dates every selector and keeps each chain newest first', () => {
    for (const adapter of SITE_ADAPTERS)
      for (const composer of adapter.composers) {
        expect(composer.selectors.length).toBeGreaterThan(0);
        const seen = composer.selectors.map((s) => s.seen);
        for (const date of seen) expect(date).toMatch(/^\d{4}-\d{2}$/);
        expect([...seen].sort().reverse()).toEqual(seen);
      }
  });

  it('picks the adapter by host and leaves other hosts alone', () => {
    for (const replica of replicas) {
      expect(pickAdapter(replica.url)?.id ?? null).toBe(replica.site);
      expect(isSiteUrl(replica.url)).toBe(replica.site !== null);
    }
    expect(isSiteUrl('https://weibo.com.evil.example/')).toBe(false);
    expect(isSiteUrl('not a url')).toBe(false);
  });

  it('reads hot topics (ads left out), group and chat names from the replicas', () => {
    for (const replica of replicas) {
      if (!replica.site) continue;
      const url = new URL(replica.url);
      const context = pickAdapter(replica.url)!.readContext(pageOf(replica.file, replica.url), url);
      const expected = replica.context as { hotTopics?: string[]; group?: string; chat?: string };
      if (expected.hotTopics) expect(context.hotTopics, replica.id).toEqual(expected.hotTopics);
      if (expected.group) expect(context.group, replica.id).toBe(expected.group);
      if (expected.chat) expect(context.chat, replica.id).toBe(expected.chat);
    }
  });

  it("names the community only where the page is a group's, and a hashtag page's topic", () => {
    const read = (id: string, url?: string) => {
      const replica = replicas.find((r) => r.id === id)!;
      return pickAdapter(replica.url)!.readContext(pageOf(replica.file, replica.url), new URL(url ?? replica.url));
    };
    expect(read('wechat-web').community).toBe('宝妈互助群');
    expect(read('wechat-filehelper').community).toBeUndefined();
    expect(read('douban-group').community).toBe('城市读书会小组');
    expect(read('weibo-home').community).toBeUndefined();
    expect(read('weibo-hot', 'https://s.weibo.com/weibo?q=%23世界读书日%23').topic).toBe('世界读书日');
    expect(read('weibo-hot').topic).toBeUndefined();
  });

  it('survives a page whose layout changed: no composer, no context, no throw', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<div class="changed"><p>新版页面</p></div>';
    for (const adapter of SITE_ADAPTERS) {
      const context = adapter.readContext(doc, new URL(adapter.matches[0]!.replace('*', '')));
      expect(context.hotTopics).toEqual([]);
    }
  });
});
