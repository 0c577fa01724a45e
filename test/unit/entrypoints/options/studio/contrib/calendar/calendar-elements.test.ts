// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import '../../../../../../../entrypoints/options/studio/contrib/calendar/ck-calendar-agenda';
import '../../../../../../../entrypoints/options/studio/contrib/calendar/ck-calendar-entry-panel';
import '../../../../../../../entrypoints/options/studio/contrib/calendar/ck-calendar-grid';
import '../../../../../../../entrypoints/options/studio/contrib/calendar/ck-calendar-import';
import type { CalendarEventDetails, CalendarEventName } from '../../../../../../../entrypoints/options/studio/contrib/calendar/calendar-events';
import { addDays } from '../../../../../../../content-kit';
import { collectRows, groupByDate } from '../../../../../../../entrypoints/options/studio/contrib/calendar/calendar-rows';
import { entry, kitWith } from './calendar-fixtures';

afterEach(() => document.body.replaceChildren());

async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(element: T): Promise<T> {
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** Collects the details of one kind of calendar event sent by an element. */
function listen<N extends CalendarEventName>(element: HTMLElement, name: N): CalendarEventDetails[N][] {
  const seen: CalendarEventDetails[N][] = [];
  element.addEventListener(name, (event) => seen.push((event as CustomEvent<CalendarEventDetails[N]>).detail));
  return seen;
}

const key = (element: Element, name: string, init: KeyboardEventInit = {}) => element.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, ...init }));

describe('ck-calendar-grid', () => {
  const busy = Array.from({ length: 20 }, (_, i) => entry(`busy-${i}`, '2026-02-20', `忙碌 ${i}`));
  const kit = kitWith('club', [entry('a', '2026-02-14', '<img src=x onerror=alert(1)>', { time: '20:00', platform: 'wechat' }), entry('b', '2026-02-14', '线下', { platform: 'offline', status: 'idea' }), ...busy]);
  const rows = collectRows([kit]);

  async function grid(layout: 'month' | 'week' = 'month') {
    const element = document.createElement('ck-calendar-grid');
    Object.assign(element, { layout, cursor: '2026-02-14', today: '2026-02-10', days: groupByDate(rows), kitNames: new Map([['club', '读书会']]), locale: 'zh' });
    return mount(element);
  }
  const cells = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('[data-ck="day"]')];
  const cell = (element: HTMLElement, date: string) => element.shadowRoot!.querySelector<HTMLElement>(`[data-ck="day"][data-date="${date}"]`)!;

  test('shows 42 days with their entries, today marked and one tab stop on the cursor day', async () => {
    const element = await grid();
    expect(cells(element)).toHaveLength(42);
    expect(cell(element, '2026-02-10').getAttribute('aria-current')).toBe('date');
    expect(cells(element).filter((c) => c.getAttribute('tabindex') === '0').map((c) => c.dataset.date)).toEqual(['2026-02-14']);
    const chips = [...cell(element, '2026-02-14').querySelectorAll<HTMLElement>('[data-ck="entry"]')];
    expect(chips.map((c) => c.dataset.entryId)).toEqual(['b', 'a']);
    expect(chips[1]!.dataset.platform).toBe('wechat');
    expect(chips[1]!.textContent).toContain('20:00');
    // Kit text is text: no element comes out of a title.
    expect(chips[1]!.querySelector('img')).toBeNull();
    expect(chips[1]!.querySelector('.title')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(chips[1]!.getAttribute('aria-label')).toContain('微信');
    expect(chips[0]!.getAttribute('aria-label')).toContain('线下活动');
    expect(chips[0]!.dataset.status).toBe('idea');
  });

  test('renders at most 12 entries a month day and offers the rest', async () => {
    const element = await grid();
    const busyCell = cell(element, '2026-02-20');
    expect(busyCell.querySelectorAll('[data-ck="entry"]')).toHaveLength(12);
    expect(busyCell.querySelector<HTMLElement>('[data-ck="more"]')!.dataset.count).toBe('8');
    const more = listen(element, 'ck-calendar-day-more');
    (busyCell.querySelector('[data-ck="more"]') as HTMLElement).click();
    expect(more).toEqual([{ date: '2026-02-20' }]);
  });

  test('arrow keys, Home and End move the cursor; Enter and a click on free space create an entry', async () => {
    const element = await grid();
    const selected = listen(element, 'ck-calendar-day-select');
    const created = listen(element, 'ck-calendar-day-create');
    const cursor = cell(element, '2026-02-14');
    key(cursor, 'ArrowRight');
    key(cursor, 'ArrowDown');
    key(cursor, 'ArrowUp');
    key(cursor, 'Home');
    key(cursor, 'End');
    key(cursor, 'ArrowLeft', { altKey: true });
    expect(selected.map((s) => s.date)).toEqual(['2026-02-15', '2026-02-21', '2026-02-07', '2026-02-09', '2026-02-15']);
    expect(selected.every((s) => s.focus)).toBe(true);
    key(cursor, 'Enter');
    cell(element, '2026-02-03').click();
    expect(created).toEqual([{ date: '2026-02-14' }, { date: '2026-02-03' }]);
  });

  test('a click or Enter on an entry opens it; Up and Down walk the day', async () => {
    const element = await grid();
    const opened = listen(element, 'ck-calendar-entry-open');
    const created = listen(element, 'ck-calendar-day-create');
    const [first, second] = [...cell(element, '2026-02-14').querySelectorAll<HTMLElement>('[data-ck="entry"]')];
    first!.click();
    key(second!, 'Enter');
    expect(opened).toEqual([
      { key: 'club/b', focusPanel: false },
      { key: 'club/a', focusPanel: true },
    ]);
    expect(created).toEqual([]);
    first!.focus();
    key(first!, 'ArrowDown');
    expect(element.shadowRoot!.activeElement).toBe(second);
    // Tab goes from a day into its entries, Shift+Tab back to the day.
    key(second!, 'Tab', { shiftKey: true });
    expect(element.shadowRoot!.activeElement).toBe(cell(element, '2026-02-14'));
    key(cell(element, '2026-02-14'), 'Tab');
    expect(element.shadowRoot!.activeElement).toBe(first);
  });

  test('the week view shows seven days and every entry of a busy day', async () => {
    const element = await grid('week');
    expect(cells(element).map((c) => c.dataset.date)).toEqual(Array.from({ length: 7 }, (_, i) => addDays('2026-02-09', i)));
    const element2 = document.createElement('ck-calendar-grid');
    Object.assign(element2, { layout: 'week', cursor: '2026-02-20', today: '', days: groupByDate(rows), kitNames: new Map(), locale: 'en' });
    await mount(element2);
    expect(cell(element2, '2026-02-20').querySelectorAll('[data-ck="entry"]')).toHaveLength(20);
  });
});

describe('ck-calendar-agenda', () => {
  test('renders only the lines in view out of 2,000 entries, starting at the cursor date', async () => {
    const rows = collectRows([kitWith('club', Array.from({ length: 2000 }, (_, i) => entry(`e${i}`, addDays('2026-01-01', i % 365), `第 ${i} 条`)))]);
    const element = document.createElement('ck-calendar-agenda');
    Object.assign(element, { rows, kitNames: new Map([['club', '读书会']]), cursor: '2026-01-01', today: '2026-01-01', locale: 'zh', revealToken: 1 });
    await mount(element);
    const chips = element.shadowRoot!.querySelectorAll<HTMLElement>('[data-ck="entry"]');
    expect(chips.length).toBeGreaterThan(5);
    expect(chips.length).toBeLessThan(60);
    expect(chips[0]!.dataset.date).toBe('2026-01-01');
    expect(element.shadowRoot!.querySelector('[data-ck="agenda-date"]')!.textContent).toContain('2026');
    // One tab stop, the list; entries take the focus from it and from the arrow keys.
    expect(element.shadowRoot!.querySelector('[data-ck="agenda"]')!.getAttribute('tabindex')).toBe('0');
    expect([...chips].every((c) => c.getAttribute('tabindex') === '-1')).toBe(true);
  });

  test('says so when the filters leave nothing', async () => {
    const element = document.createElement('ck-calendar-agenda');
    await mount(element);
    expect(element.shadowRoot!.querySelector('[data-ck="agenda-empty"]')).not.toBeNull();
  });
});

describe('ck-calendar-entry-panel', () => {
  const row = { key: 'club/a', kitId: 'club', entry: entry('a', '2026-02-14', '开营', { time: '20:00', platform: 'wechat' }) };
  const field = (element: HTMLElement, name: string) => element.shadowRoot!.querySelector<HTMLInputElement>(`[data-field="${name}"]`)!;
  const change = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };

  test('sends each changed field as a patch; an empty time means all day', async () => {
    const element = document.createElement('ck-calendar-entry-panel');
    Object.assign(element, { row, kitName: '读书会', itemTitle: undefined, locale: 'zh' });
    await mount(element);
    const patches = listen(element, 'ck-calendar-entry-change');
    change(field(element, 'title'), '开营仪式');
    change(field(element, 'time'), '');
    change(field(element, 'status'), 'published');
    change(field(element, 'stage'), 'gather');
    expect(patches.map((p) => p.patch)).toEqual([{ title: '开营仪式' }, { time: undefined }, { status: 'published' }, { stage: 'gather' }]);
    expect(patches.every((p) => p.key === 'club/a')).toBe(true);
  });

  test('refuses an empty title with a message and sends nothing', async () => {
    const element = document.createElement('ck-calendar-entry-panel');
    Object.assign(element, { row, kitName: '读书会', locale: 'zh' });
    await mount(element);
    const patches = listen(element, 'ck-calendar-entry-change');
    change(field(element, 'title'), '   ');
    await element.updateComplete;
    expect(patches).toEqual([]);
    expect(element.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
  });

  test('the new-entry form submits the chosen kit and the fields on Enter', async () => {
    const element = document.createElement('ck-calendar-entry-panel');
    Object.assign(element, { start: { date: '2026-02-14', kitId: 'club' }, kits: [{ id: 'builtin-starter', name: '入门包' }, { id: 'club', name: '读书会' }], locale: 'zh' });
    await mount(element);
    const submitted = listen(element, 'ck-calendar-entry-submit');
    expect(element.shadowRoot!.querySelector<HTMLSelectElement>('[data-ck="entry-kit"]')!.value).toBe('club');
    field(element, 'title').value = '新日程';
    field(element, 'platform').value = 'offline';
    key(field(element, 'title'), 'Enter');
    expect(submitted).toEqual([{ kitId: 'club', draft: { title: '新日程', date: '2026-02-14', platform: 'offline', status: 'idea' } }]);
  });
});

describe('ck-calendar-import', () => {
  test('previews valid rows and names each bad row and column; confirming sends only the valid rows', async () => {
    const element = document.createElement('ck-calendar-import');
    Object.assign(element, { kits: [kitWith('club', [entry('a', '2026-01-01')])], kitId: 'club', locale: 'zh' });
    await mount(element);
    element.text = ['date,title,platform', '2026-02-01,共读,微信', '2026-02-30,坏日期,微博', '2026-02-03,,豆瓣', '2026-02-04,见面,线下'].join('\r\n');
    await element.updateComplete;
    const root = element.shadowRoot!;
    const errors = [...root.querySelectorAll<HTMLElement>('[data-ck="calendar-import-error"]')];
    expect(errors.map((e) => [e.dataset.row, e.dataset.column])).toEqual([
      ['3', 'date'],
      ['4', 'title'],
    ]);
    expect(errors[0]!.textContent).toContain('第 3 行');
    expect(root.querySelectorAll('[data-ck="calendar-import-row"]')).toHaveLength(2);
    expect(root.querySelector<HTMLOptionElement>('select[data-field="platform"] option[selected]')!.value).toBe('2');

    const confirmed = listen(element, 'ck-calendar-import-confirm');
    root.querySelector<HTMLButtonElement>('[data-ck="calendar-import-confirm"]')!.click();
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]!.kitId).toBe('club');
    expect(confirmed[0]!.entries.map((e) => [e.date, e.title, e.platform])).toEqual([
      ['2026-02-01', '共读', 'wechat'],
      ['2026-02-04', '见面', 'offline'],
    ]);
  });

  test('a changed mapping reads the file again', async () => {
    const element = document.createElement('ck-calendar-import');
    Object.assign(element, { kits: [kitWith('club', [])], kitId: 'club', locale: 'en' });
    await mount(element);
    element.text = 'when,what,extra\r\n2026-02-01,共读,备注\r\n';
    await element.updateComplete;
    const root = element.shadowRoot!;
    const title = root.querySelector<HTMLSelectElement>('select[data-field="title"]')!;
    title.value = '2';
    title.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    expect(root.querySelector('[data-ck="calendar-import-row"]')!.textContent).toContain('备注');
    title.value = '';
    title.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    expect(root.querySelectorAll('[data-ck="calendar-import-row"]')).toHaveLength(0);
    expect(root.querySelector('[data-ck="calendar-import-error"]')!.textContent).toContain('title');
    expect(root.querySelector<HTMLButtonElement>('[data-ck="calendar-import-confirm"]')!.disabled).toBe(true);
  });
});
