// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { renderSafeMarkdown } from '../../../../../../entrypoints/options/studio/shell/render-safe-markdown';

const render = (markdown: string) => {
  const box = document.createElement('div');
  box.append(renderSafeMarkdown(markdown));
  return box;
};

describe('renderSafeMarkdown', () => {
  test('keeps the formatting of ordinary kit text', () => {
    const box = render('**欢迎** 来到 [官网](https://example.com)\n\n- 一\n- 二');
    expect(box.querySelector('strong')?.textContent).toBe('欢迎');
    expect(box.querySelectorAll('li')).toHaveLength(2);
    const link = box.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.com');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  test('drops scripts, event handlers, styles, forms and embeds', () => {
    const box = render('<script>alert(1)</script><img src=x onerror="alert(2)"><style>body{display:none}</style><p style="position:fixed">x</p><form><input></form><iframe src="https://evil"></iframe><svg><image href="https://t"/></svg><b onclick="alert(3)">b</b>');
    expect(box.querySelector('script, img, style, form, input, iframe, svg, image, [style], [onclick], [onerror]')).toBeNull();
    expect(box.textContent).toContain('b');
  });

  test('javascript:, data: and unknown links are never live', () => {
    const box = render('[a](javascript:alert(1)) [b](data:text/html,<script>x</script>) [c](chrome://settings) [d](mailto:a@b.c)');
    const hrefs = [...box.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.filter(Boolean)).toEqual(['mailto:a@b.c']);
  });

  test('a remote image becomes text and a plain link, and nothing loads', () => {
    const box = render('![二维码](https://tracker.example/pixel.png)');
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toContain('二维码');
    expect(box.querySelector('a')?.getAttribute('href')).toBe('https://tracker.example/pixel.png');
  });

  test('unfilled blanks are marked, as text', () => {
    const box = render('你好 {{社群名}} <b>{{x}}</b>');
    expect([...box.querySelectorAll('mark[data-blank]')].map((m) => m.textContent)).toEqual(['社群名', 'x']);
  });
});
