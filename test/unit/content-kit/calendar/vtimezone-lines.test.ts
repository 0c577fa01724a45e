import { describe, expect, it } from 'vitest';
import { calendarToIcs, vtimezoneLines, zoneOffset } from '../../../../content-kit';
import { checkIcs, componentsNamed, valueOf, type IcsComponent } from './ics-checker';
import { hostile, makeKit } from './kit-fixtures';

const events = (root: IcsComponent) => componentsNamed(root, 'VEVENT');

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
