// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { browserVersion, buildPageReport, maskText, safeUrl, skeletonOf, type SkeletonElement, type SkeletonNode } from '../../../../entrypoints/sidebar.content/page-report';
import type { PartCheck } from '../../../../sites/check-parts';

const SECRETS = ['王小明', '幸福路', '13812345678', 'tok_abc123', 'token=', 'phone='];

function page(html: string): Document {
  const doc = document.implementation.createHTMLDocument('王小明的主页');
  doc.body.innerHTML = html;
  return doc;
}

function flatten(node: SkeletonNode, out: SkeletonElement[] = []): SkeletonElement[] {
  if (typeof node === 'string') return out;
  out.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadow ?? []), ...(node.frame?.body ? [node.frame.body] : [])]) flatten(child, out);
  return out;
}

describe('the page report', () => {
  it('masks every text node with a same-length run of 字 and x', () => {
    expect(maskText('王小明 call 138')).toBe('字字字xxxxxxxxx');
    expect(maskText('  \n ')).toBe('');
    expect(maskText('😀好')).toBe('x字');
  });

  it('keeps only the origin and path of a URL', () => {
    expect(safeUrl('https://user:pw@www.douban.com/people/me/?token=tok_abc123#top')).toBe('https://www.douban.com/people/me/');
    expect(safeUrl('/group/1/?phone=13812345678', 'https://www.douban.com/x')).toBe('https://www.douban.com/group/1/');
    expect(safeUrl('about:srcdoc')).toBe('about:srcdoc');
    expect(safeUrl('::nonsense')).toBe('');
  });

  it('keeps tags, ids, classes, roles and attribute names, and drops every other value', () => {
    const doc = page(`<div id="main" class="feed card" role="feed" data-user="13812345678" aria-label="王小明">
        <p>王小明住在幸福路</p><a href="/p?token=tok_abc123" title="王小明">x</a>
        <input value="13812345678" placeholder="电话"><div contenteditable="true" aria-placeholder="此刻">我家猫</div>
        <script>var phone = "13812345678";</script></div>`);
    const { page: skeleton, truncated } = skeletonOf(doc.body);
    const json = JSON.stringify(skeleton);
    for (const secret of SECRETS) expect(json).not.toContain(secret);
    expect(truncated).toBe(0);
    const [main] = skeleton.children as SkeletonElement[];
    expect(main).toMatchObject({ tag: 'div', id: 'main', class: 'feed card', role: 'feed', attrs: ['data-user', 'aria-label'] });
    expect(main!.children).toEqual([
      { tag: 'p', children: ['字字字字字字字字'] },
      { tag: 'a', attrs: ['href', 'title'], children: ['x'] },
      { tag: 'input', attrs: ['value', 'placeholder'] },
      { tag: 'div', attrs: ['contenteditable', 'aria-placeholder'], children: ['字字字'] },
      { tag: 'script' },
    ]);
  });

  it('nests open shadow roots and readable iframes, and leaves out what it is told to skip', () => {
    const doc = document;
    doc.body.innerHTML =
      '<div id="host"></div><iframe id="frame"></iframe><iframe id="away" src="https://ads.example/embed?token=tok_abc123"></iframe><ck-sidebar><p>ours</p></ck-sidebar>';
    doc.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<span class="in-shadow">幸福路</span>';
    const frameDoc = (doc.getElementById('frame') as HTMLIFrameElement).contentDocument!;
    frameDoc.open();
    frameDoc.write('<body><p class="inner">王小明</p></body>');
    frameDoc.close();
    const { page: skeleton } = skeletonOf(doc.body, (el) => el.localName === 'ck-sidebar');
    const all = flatten(skeleton);
    expect(all.find((n) => n.id === 'host')!.shadow).toEqual([{ tag: 'span', class: 'in-shadow', children: ['字字字'] }]);
    expect(all.find((n) => n.id === 'frame')!.frame).toEqual({
      url: 'about:blank',
      body: { tag: 'body', children: [{ tag: 'p', class: 'inner', children: ['字字字'] }] },
    });
    expect(all.find((n) => n.id === 'away')!.frame!.url).toBe('https://ads.example/embed');
    expect(JSON.stringify(skeleton)).not.toContain('tok_abc123');
    expect(all.some((n) => n.tag === 'ck-sidebar')).toBe(false);
    doc.body.innerHTML = '';
  });

  it('stops after a bounded number of elements and says how many it left out', () => {
    const doc = page('<ul>' + '<li></li>'.repeat(7000) + '</ul>');
    const { page: skeleton, truncated } = skeletonOf(doc.body);
    expect(flatten(skeleton).length + truncated).toBe(7002);
    expect(truncated).toBeGreaterThan(0);
  });

  it('lists the selectors checked, the known parts missed, the inserts tried, and the versions', () => {
    const doc = page('<div class="x">王小明</div>');
    const parts: PartCheck[] = [
      { part: 'composer', id: 'home', found: false, selectors: [{ selector: 'textarea', seen: '2026-05', matches: 0 }] },
      { part: 'hot-list', id: 'hot-list', found: false, selectors: [{ selector: '.hot a', seen: '2026-04', matches: 0 }] },
      { part: 'hot-list', id: 'hot-list', found: true, selectors: [{ selector: '.side a', seen: '2026-04', matches: 3 }] },
    ];
    const report = buildPageReport({
      doc,
      site: 'weibo',
      parts,
      inserts: [{ composer: 'home', editor: 'textarea', ok: true, attempts: [{ route: 'execCommand', outcome: 'verified', ms: 40 }] }],
      missedOnLoad: ['composer', 'hot-list'],
      extension: '0.1.0',
      browser: browserVersion('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.7339.185 Safari/537.36'),
      now: new Date('2026-12-06T08:00:00Z'),
    });
    expect(report).toMatchObject({ format: 'community-kit-page-report', formatVersion: 1, site: 'weibo', misses: ['composer'], missedOnLoad: ['composer', 'hot-list'], browser: 'Chrome 140.0.7339.185', createdAt: '2026-12-06T08:00:00.000Z' });
    expect(report.inserts[0]!.attempts[0]!.outcome).toBe('verified');
    expect(JSON.stringify(report)).not.toContain('王小明');
    expect(browserVersion('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe('Firefox 140.0');
  });
});
