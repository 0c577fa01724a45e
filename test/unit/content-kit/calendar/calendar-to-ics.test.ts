import { describe, expect, it } from 'vitest';
import { builtinKit, calendarToIcs, icsUid } from '../../../../content-kit';
import { checkIcs, componentsNamed, unescapeText, valueOf, type IcsComponent } from './ics-checker';
import { HOSTILE_TITLE, hostile, makeKit } from './kit-fixtures';

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
  });

  it('gives each entry a stable UID: the same across exports, different between entries', () => {
    const kit = makeKit(hostile);
    const a = checkIcs(calendarToIcs(kit, { now: Date.UTC(2026, 0, 1) })).root!;
    const b = checkIcs(calendarToIcs(kit, { now: Date.UTC(2027, 5, 1), entries: [hostile[3]!, hostile[1]!] })).root!;
    const uidsA = events(a).map((e) => valueOf(e, 'UID')!);
    expect(new Set(uidsA).size).toBe(hostile.length);
    expect(uidsA).toContain('c1@reading-club.community-kit');
    for (const event of events(b)) expect(uidsA).toContain(valueOf(event, 'UID'));
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
