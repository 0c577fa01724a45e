import { describe, expect, it } from 'vitest';
import {
  builtinKit,
  calendarToIcs,
  entriesToMarkdownAgenda,
  escapeIcsText,
  foldIcsLine,
  icsUid,
  vtimezoneLines,
  zoneOffset,
  type CalendarEntry,
  type Kit,
} from '../../../../content-kit';
import { checkIcs, componentsNamed, unescapeText, valueOf, type IcsComponent } from './ics-checker';

const makeKit = (calendar: CalendarEntry[], extra: Partial<Kit> = {}): Kit => ({
  format: 'community-kit',
  formatVersion: 1,
  id: 'reading-club',
  name: '读书会运营包',
  version: '1.0.0',
  updatedAt: '2026-11-20T08:00:00+08:00',
  items: [{ id: 't-21days', kind: 'topic', title: '21天共读', body: '21天共读计划' }],
  calendar,
  ...extra,
});

const HOSTILE_TITLE = '开营; 第一周, 打卡\\签到 "引号"\n第二行😀 =SUM(A1)';
const hostile: CalendarEntry[] = [
  { id: 'c1', date: '2026-12-01', time: '20:00', title: '共读开营', platform: 'wechat', status: 'scheduled', itemId: 't-21days', stage: 'gather' },
  { id: 'c2', date: '2026-12-31', title: HOSTILE_TITLE, status: 'idea', notes: '第一行\r\n第二行\r第三行\n' + '长'.repeat(300) },
  { id: 'c3', date: '2028-02-28', title: '闰年全天', status: 'draft', platform: 'offline' },
  { id: 'c4', date: '2026-01-31', time: '23:30', title: '深夜'.repeat(100), status: 'published', platform: 'weibo', updatedAt: '2026-01-30T12:00:00Z' },
  { id: 'c5', date: '2027-03-14', time: '09:00', title: '👨‍👩‍👧‍👦'.repeat(28), status: 'scheduled', platform: 'douban' },
];

const events = (root: IcsComponent) => componentsNamed(root, 'VEVENT');
const eventOf = (root: IcsComponent, entryId: string, kitId = 'reading-club') => events(root).find((e) => valueOf(e, 'UID') === icsUid(kitId, entryId))!;

describe('the test checker', () => {
  const good = calendarToIcs(makeKit(hostile.slice(0, 2)));
  it('accepts a good file and reports each broken rule', () => {
    expect(checkIcs(good).problems).toEqual([]);
    const broken: [string, string, RegExp][] = [
      ['no final CRLF', good.slice(0, -2), /does not end with CRLF/],
      ['bare LF', good.replace('VERSION:2.0\r\n', 'VERSION:2.0\n'), /not part of a CRLF/],
      ['long line', good.replace('METHOD:PUBLISH', `X-LONG:${'a'.repeat(80)}`), /octets/],
      ['unescaped comma', good.replace('SUMMARY:共读开营', 'SUMMARY:共读,开营'), /SUMMARY is badly escaped/],
      ['missing VTIMEZONE', good.replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r\n/, ''), /TZID Asia\/Shanghai has no VTIMEZONE/],
      ['unbalanced', good.replace('END:VEVENT\r\n', ''), /does not close|unclosed/],
      ['no PRODID', good.replace(/PRODID:[^\r]*\r\n/, ''), /PRODID appears 0 times/],
      ['local DTSTAMP', good.replace(/DTSTAMP:(\d{8}T\d{6})Z/, 'DTSTAMP:$1'), /DTSTAMP is not UTC/],
      ['bad content line', good.replace('CALSCALE:GREGORIAN', 'CALSCALE GREGORIAN'), /not name \*\(;param\) : value/],
      ['split character', good.replace('METHOD:PUBLISH', `X-A:${'a'.repeat(70)}\ud83d\r\n \ude00`), /splits a character/],
    ];
    for (const [what, text, expected] of broken) expect(checkIcs(text).problems.join('\n'), what).toMatch(expected);
  });
});

describe('calendarToIcs follows RFC 5545', () => {
  it('exports the built-in kit with no rule broken', () => {
    const kit = builtinKit();
    const { problems, root } = checkIcs(calendarToIcs(kit));
    expect(problems).toEqual([]);
    expect(events(root!)).toHaveLength(kit.calendar!.length);
  });

  it('exports hostile text with no rule broken, and every line within 75 octets', () => {
    const text = calendarToIcs(makeKit(hostile));
    const { problems, physicalLines } = checkIcs(text);
    expect(problems).toEqual([]);
    expect(physicalLines.some((l) => l.startsWith(' '))).toBe(true);
    expect(Math.max(...physicalLines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the calendar properties calendar apps look for', () => {
    const { root } = checkIcs(calendarToIcs(makeKit(hostile)));
    const names = root!.properties.map((p) => `${p.name}:${p.value}`);
    expect(names).toEqual(expect.arrayContaining(['VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:读书会运营包', 'X-WR-TIMEZONE:Asia/Shanghai']));
    expect(valueOf(root!, 'PRODID')).toMatch(/^-\/\/Community Kit\/\//);
  });

  it('escapes TEXT so that unescaping gives the original back', () => {
    const { root } = checkIcs(calendarToIcs(makeKit(hostile)));
    const c2 = eventOf(root!, 'c2');
    expect(unescapeText(valueOf(c2, 'SUMMARY')!)).toEqual([HOSTILE_TITLE]);
    expect(valueOf(c2, 'SUMMARY')).toContain('开营\\; 第一周\\, 打卡\\\\签到 "引号"\\n第二行😀 =SUM(A1)');
    const description = unescapeText(valueOf(c2, 'DESCRIPTION')!)![0]!;
    expect(description.startsWith(`第一行\n第二行\n第三行\n${'长'.repeat(300)}`)).toBe(true);
    expect(description).toContain('状态：想法');
    expect(escapeIcsText('a\\b;c,d\r\ne\u0007')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a character', () => {
    expect(foldIcsLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldIcsLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
    const chinese = foldIcsLine(`SUMMARY:${'读'.repeat(40)}`);
    const lines = chinese.split('\r\n');
    expect(lines.map((l) => Buffer.byteLength(l))).toEqual([8 + 3 * 22, 1 + 3 * 18]);
    const emoji = foldIcsLine(`X:${'😀'.repeat(30)}`).split('\r\n');
    for (const line of emoji) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(Buffer.from(line).toString()).toBe(line);
    }
    expect(emoji.join('').replace(/^X:| /g, '')).toBe('😀'.repeat(30));
  });

  it('gives each entry a stable UID: the same across exports, different between entries', () => {
    const kit = makeKit(hostile);
    const a = checkIcs(calendarToIcs(kit, { now: Date.UTC(2026, 0, 1) })).root!;
    const b = checkIcs(calendarToIcs(kit, { now: Date.UTC(2027, 5, 1), entries: [hostile[3]!, hostile[1]!] })).root!;
    const uidsA = events(a).map((e) => valueOf(e, 'UID')!);
    expect(new Set(uidsA).size).toBe(hostile.length);
    expect(uidsA).toContain('c1@reading-club.community-kit');
    for (const event of events(b)) expect(uidsA).toContain(valueOf(event, 'UID'));
    expect(icsUid('kit', 'a b')).toBe('a%20b@kit.community-kit');
    expect(icsUid('kit', 'a_b')).not.toBe(icsUid('kit', 'a-b'));
  });

  it('writes DTSTAMP in UTC, from now or from updatedAt so the file is reproducible', () => {
    const kit = makeKit(hostile);
    const withNow = checkIcs(calendarToIcs(kit, { now: new Date(Date.UTC(2026, 4, 6, 7, 8, 9)) })).root!;
    for (const e of events(withNow)) expect(valueOf(e, 'DTSTAMP')).toBe('20260506T070809Z');
    const without = checkIcs(calendarToIcs(kit)).root!;
    expect(valueOf(eventOf(without, 'c1'), 'DTSTAMP')).toBe('20261120T000000Z');
    expect(valueOf(eventOf(without, 'c4'), 'DTSTAMP')).toBe('20260130T120000Z');
    expect(valueOf(eventOf(without, 'c4'), 'LAST-MODIFIED')).toBe('20260130T120000Z');
    expect(calendarToIcs(kit)).toBe(calendarToIcs(structuredClone(kit)));
  });

  it('writes all-day entries as dates with an exclusive end, timed ones in the kit zone for an hour', () => {
    const { root } = checkIcs(calendarToIcs(makeKit(hostile)));
    const line = (id: string, name: string) => {
      const p = eventOf(root!, id).properties.find((q) => q.name === name)!;
      return `${[...p.params].map(([k, v]) => `${k}=${v.join(',')}`).join(';')}:${p.value}`;
    };
    expect(line('c2', 'DTSTART')).toBe('VALUE=DATE:20261231');
    expect(line('c2', 'DTEND')).toBe('VALUE=DATE:20270101');
    expect(line('c3', 'DTEND')).toBe('VALUE=DATE:20280229');
    expect(line('c1', 'DTSTART')).toBe('TZID=Asia/Shanghai:20261201T200000');
    expect(line('c1', 'DTEND')).toBe('TZID=Asia/Shanghai:20261201T210000');
    expect(line('c4', 'DTSTART')).toBe('TZID=Asia/Shanghai:20260131T233000');
    expect(line('c4', 'DTEND')).toBe('TZID=Asia/Shanghai:20260201T003000');
  });

  it('maps status, platform and stage to STATUS, CATEGORIES and the description', () => {
    const { root } = checkIcs(calendarToIcs(makeKit(hostile)));
    const c1 = eventOf(root!, 'c1');
    expect(valueOf(c1, 'STATUS')).toBe('CONFIRMED');
    expect(valueOf(c1, 'X-COMMUNITY-KIT-STATUS')).toBe('scheduled');
    expect(unescapeText(valueOf(c1, 'CATEGORIES')!, true)).toEqual(['微信', '聚集']);
    expect(unescapeText(valueOf(c1, 'DESCRIPTION')!)![0]).toBe('平台：微信\n状态：已排期\n阶段：聚集\n关联条目：21天共读');
    expect(valueOf(eventOf(root!, 'c2'), 'STATUS')).toBe('TENTATIVE');
    expect(valueOf(eventOf(root!, 'c3'), 'STATUS')).toBe('TENTATIVE');
    expect(valueOf(eventOf(root!, 'c4'), 'STATUS')).toBe('CONFIRMED');
    expect(valueOf(eventOf(root!, 'c4'), 'X-COMMUNITY-KIT-STATUS')).toBe('published');
    const english = checkIcs(calendarToIcs(makeKit(hostile, { locale: 'en-US' }))).root!;
    expect(unescapeText(valueOf(eventOf(english, 'c1'), 'DESCRIPTION')!)![0]).toContain('Platform: WeChat\nStatus: Scheduled');
  });

  it('stays valid with an empty calendar (the zone is its one component)', () => {
    const { problems, root } = checkIcs(calendarToIcs(makeKit([])));
    expect(problems).toEqual([]);
    expect(events(root!)).toHaveLength(0);
    expect(componentsNamed(root!, 'VTIMEZONE')).toHaveLength(1);
  });

  it('leaves out VTIMEZONE only when no entry is timed', () => {
    const allDay = checkIcs(calendarToIcs(makeKit([hostile[1]!, hostile[2]!]))).root!;
    expect(componentsNamed(allDay, 'VTIMEZONE')).toHaveLength(0);
  });
});

describe('VTIMEZONE from Intl', () => {
  /** Each observance's DTSTART, read in its TZOFFSETFROM, must be an instant where the zone's offset really changes to TZOFFSETTO. */
  function expectRealTransitions(zone: IcsComponent, tz: string) {
    const seconds = (o: string) => (o[0] === '-' ? -1 : 1) * (Number(o.slice(1, 3)) * 3600 + Number(o.slice(3, 5)) * 60 + Number(o.slice(5, 7) || 0));
    for (const o of zone.children) {
      const start = valueOf(o, 'DTSTART')!;
      const from = seconds(valueOf(o, 'TZOFFSETFROM')!);
      const to = seconds(valueOf(o, 'TZOFFSETTO')!);
      const local = Date.UTC(+start.slice(0, 4), +start.slice(4, 6) - 1, +start.slice(6, 8), +start.slice(9, 11), +start.slice(11, 13), +start.slice(13, 15));
      if (from === to) {
        expect(zoneOffset(tz, local - from * 1000)).toBe(to);
        continue;
      }
      const instant = local - from * 1000;
      expect(zoneOffset(tz, instant - 1000)).toBe(from);
      expect(zoneOffset(tz, instant)).toBe(to);
      expect(o.name).toBe(to > from ? 'DAYLIGHT' : 'STANDARD');
    }
  }
  const zoneOf = (lines: string[]) => {
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR'].join('\r\n') + '\r\n';
    const { problems, root } = checkIcs(text);
    expect(problems).toEqual([]);
    return componentsNamed(root!, 'VTIMEZONE')[0]!;
  };

  it('gives Asia/Shanghai one STANDARD at +0800', () => {
    const zone = zoneOf(vtimezoneLines('Asia/Shanghai', [2026, 2027]));
    expect(valueOf(zone, 'TZID')).toBe('Asia/Shanghai');
    expect(zone.children).toHaveLength(1);
    expect(zone.children[0]!.name).toBe('STANDARD');
    expect(valueOf(zone.children[0]!, 'TZOFFSETFROM')).toBe('+0800');
    expect(valueOf(zone.children[0]!, 'TZOFFSETTO')).toBe('+0800');
  });

  it('gives America/New_York its real 2026 transitions as STANDARD and DAYLIGHT', () => {
    const zone = zoneOf(vtimezoneLines('America/New_York', [2026]));
    const summary = zone.children.map((o) => `${o.name} ${valueOf(o, 'DTSTART')} ${valueOf(o, 'TZOFFSETFROM')}>${valueOf(o, 'TZOFFSETTO')}`);
    expect(summary).toEqual([
      'STANDARD 20251102T020000 -0400>-0500',
      'DAYLIGHT 20260308T020000 -0500>-0400',
      'STANDARD 20261101T020000 -0400>-0500',
    ]);
    expectRealTransitions(zone, 'America/New_York');
  });

  it('covers every year used, in the southern hemisphere and with half-hour offsets too', () => {
    const sydney = zoneOf(vtimezoneLines('Australia/Sydney', [2026, 2028]));
    expect(sydney.children.filter((o) => o.name === 'DAYLIGHT').map((o) => valueOf(o, 'DTSTART')!.slice(0, 4))).toEqual(['2025', '2026', '2028']);
    expect(sydney.children.filter((o) => o.name === 'STANDARD').map((o) => valueOf(o, 'DTSTART')!.slice(0, 4))).toEqual(['2026', '2028']);
    expectRealTransitions(sydney, 'Australia/Sydney');
    const kolkata = zoneOf(vtimezoneLines('Asia/Kolkata', [2026]));
    expect(valueOf(kolkata.children[0]!, 'TZOFFSETTO')).toBe('+0530');
    const adelaide = zoneOf(vtimezoneLines('Australia/Adelaide', [2026]));
    expectRealTransitions(adelaide, 'Australia/Adelaide');
  });

  it('puts a VTIMEZONE for the kit zone in an export with DST, with both kinds of observance', () => {
    const kit = makeKit(hostile, { timezone: 'America/New_York' });
    const { problems, root } = checkIcs(calendarToIcs(kit));
    expect(problems).toEqual([]);
    const zones = componentsNamed(root!, 'VTIMEZONE');
    expect(zones.map((z) => valueOf(z, 'TZID'))).toEqual(['America/New_York']);
    const kinds = new Set(zones[0]!.children.map((o) => o.name));
    expect(kinds).toEqual(new Set(['STANDARD', 'DAYLIGHT']));
    // Timed entries in 2026 and 2027: both years' transitions are there.
    const starts = zones[0]!.children.map((o) => valueOf(o, 'DTSTART'));
    expect(starts).toEqual(expect.arrayContaining(['20260308T020000', '20261101T020000', '20270314T020000', '20271107T020000']));
    const tzids = new Set(events(root!).flatMap((e) => e.properties.flatMap((p) => p.params.get('TZID') ?? [])));
    expect([...tzids]).toEqual(['America/New_York']);
  });
});

describe('entriesToMarkdownAgenda', () => {
  it('groups by date under headings with the weekday, all-day first', () => {
    const md = entriesToMarkdownAgenda(makeKit(hostile));
    expect(md.startsWith('# 读书会运营包 · 内容日历\n')).toBe(true);
    expect(md).toContain('## 2026-12-01 星期二\n\n- 20:00 · **共读开营** · 微信 · 已排期 · 聚集\n');
    expect(md).toContain('## 2028-02-28 星期一\n\n- 全天 · **闰年全天** · 线下活动 · 草稿');
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## 2026-01-31 星期六', '## 2026-12-01 星期二', '## 2026-12-31 星期四', '## 2027-03-14 星期日', '## 2028-02-28 星期一']);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('keeps kit text from turning into links or HTML', () => {
    const md = entriesToMarkdownAgenda(makeKit([{ id: 'x', date: '2026-01-05', title: '[点我](javascript:alert(1)) <img src=x>', status: 'idea' }]));
    expect(md).toContain('\\[点我\\](javascript:alert(1)) \\<img src=x\\>');
    expect(md).not.toMatch(/[^\\]\]\(/);
  });

  it('speaks English for an English kit and says when there is nothing', () => {
    expect(entriesToMarkdownAgenda(makeKit(hostile, { locale: 'en' }))).toContain('## 2026-12-01 Tuesday');
    expect(entriesToMarkdownAgenda(makeKit([]))).toContain('*没有日程。*');
  });
});
