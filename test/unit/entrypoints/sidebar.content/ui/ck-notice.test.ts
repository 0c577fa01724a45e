// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../../../entrypoints/sidebar.content/ui/ck-notice';

describe('the sidebar notice', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  async function show(tone: 'ok' | 'warning' | 'error') {
    const notice = document.createElement('ck-notice');
    const dismissed = vi.fn();
    notice.addEventListener('ck-notice-dismiss', dismissed);
    document.body.append(notice);
    notice.notice = { tone, text: '已插入' };
    await notice.updateComplete;
    return { notice, dismissed };
  }

  it('lets a success go by itself after about four seconds', async () => {
    const { notice, dismissed } = await show('ok');
    expect(notice.shadowRoot!.querySelector('[data-ck="notice"]')?.textContent).toContain('已插入');
    vi.advanceTimersByTime(3900);
    expect(dismissed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(dismissed).toHaveBeenCalledOnce();
  });

  it('keeps an error (and a warning) until the user acts on it', async () => {
    for (const tone of ['error', 'warning'] as const) {
      const { notice, dismissed } = await show(tone);
      vi.advanceTimersByTime(60_000);
      expect(dismissed).not.toHaveBeenCalled();
      notice.shadowRoot!.querySelector('button')!.click();
      expect(dismissed).toHaveBeenCalledOnce();
    }
  });

  it('sits in a live region that is there before any message', async () => {
    const notice = document.createElement('ck-notice');
    document.body.append(notice);
    await notice.updateComplete;
    expect(notice.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
  });
});
