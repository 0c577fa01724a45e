import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarToCsv,
  codePointLength,
  csvCell,
  dateFromDayNumber,
  dayNumber,
  parseCalendarCsv,
  parseCsvRecords,
  type CalendarEntry,
} from '../../../../content-kit';
import { plannedKit } from '../planned-kit';

const HEADER = 'id,date,time,title,platform,status,stage,itemId,notes';
const entriesOf = (text: string, options?: Parameters<typeof parseCalendarCsv>[1]) => parseCalendarCsv(text, options).rows.map((r) => r.entry);

// Cells that break naive CSV or spreadsheets: separators, quotes, line breaks, formula starts, apostrophes, CJK, emoji.
const FRAGMENTS = ['=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', '""', ',', ';', "'", "''", ' ', '读书会', '打卡，', '😀', '👨‍👩‍👧', 'a', '\\', '=SUM(A1)', '=HYPERLINK("http://x")', '-2+3', '@cmd', '\ufeff'];
const hostileText = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }),
);
const title = hostileText.filter((s) => s.trim() !== '' && codePointLength(s) <= 200);
const entryArb: fc.Arbitrary<CalendarEntry> = fc
  .record(
    {
      id: fc.stringMatching(/^[A-Za-z0-9_.-]{1,64}$/),
      date: fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2100-12-31') }).map(dateFromDayNumber),
      time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      title,
      platform: fc.constantFrom('weibo', 'douban', 'wechat', 'offline' as const),
      status: fc.constantFrom('idea', 'draft', 'scheduled', 'published' as const),
      stage: fc.constantFrom('gather', 'interact', 'operate', 'monetize' as const),
      itemId: fc.stringMatching(/^[A-Za-z0-9_.-]{1,64}$/),
      notes: hostileText,
    },
    { requiredKeys: ['id', 'date', 'title', 'status'] },
  )
  .map((e) => e as CalendarEntry);


describe('calendarToCsv', () => {
  it('writes a BOM, the stable header, CRLF after every row and a final CRLF', () => {
    const csv = calendarToCsv([{ id: 'c1', date: '2026-01-05', time: '20:00', title: '开营', status: 'scheduled', platform: 'wechat' }]);
    expect(csv).toBe(`\ufeff${HEADER}\r\nc1,2026-01-05,20:00,开营,wechat,scheduled,,,\r\n`);
    expect(calendarToCsv([])).toBe(`\ufeff${HEADER}\r\n`);
  });

  it('escapes formulas with an apostrophe and doubles quotes', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+86 138')).toBe(`"'+86 138"`);
    expect(csvCell('-5')).toBe(`"'-5"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tx')).toBe(`"'\tx"`);
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell("'=x")).toBe(`"''=x"`);
    expect(csvCell('=HYPERLINK("http://evil","点我")')).toBe(`"'=HYPERLINK(""http://evil"",""点我"")"`);
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell("it's")).toBe("it's");
    expect(csvCell('读书会')).toBe('读书会');
  });

  it('adds the linked item’s title when given the kit’s items', () => {
    const kit = plannedKit();
    const csv = calendarToCsv(kit.calendar!, { kitItems: kit.items });
    const [header, first] = csv.slice(1).split('\r\n');
    expect(header).toBe(`${HEADER},itemTitle`);
    const item = kit.items.find((i) => i.id === kit.calendar![0]!.itemId)!;
    expect(first!.endsWith(`,${item.title}`)).toBe(true);
  });
});

describe('CSV round trip', () => {
  it('gives the built-in calendar back unchanged', () => {
    const kit = plannedKit();
    const result = parseCalendarCsv(calendarToCsv(kit.calendar!, { kitItems: kit.items }), { kitItemIds: kit.items.map((i) => i.id) });
    expect(result.rows.flatMap((r) => r.errors)).toEqual([]);
    expect(result.rows.map((r) => r.entry)).toEqual(kit.calendar);
    expect(result.rows.map((r) => r.row)).toEqual(kit.calendar!.map((_, i) => i + 2));
  });

  it('gives hostile cells back exactly', () => {
    const entries: CalendarEntry[] = [
      { id: '-lead', date: '2028-02-29', title: '=1+1', status: 'idea', notes: '+86 "引号", 逗号;\r\n换行\n@提到 😀' },
      { id: 'q', date: '2026-12-31', time: '23:59', title: "'=已经带撇号", status: 'published', notes: "'" },
      { id: 'r', date: '2027-01-01', title: ' 前后空格 ', status: 'draft', notes: '\t制表符开头' },
      { id: 's', date: '2027-01-02', title: '第一行\r第二行', status: 'scheduled', platform: 'offline', stage: 'monetize', itemId: 'x.y_z' },
    ];
    expect(entriesOf(calendarToCsv(entries))).toEqual(entries);
  });

  it('holds for any entries (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 15 }), (entries) => {
        const result = parseCalendarCsv(calendarToCsv(entries));
        expect(result.rows.flatMap((r) => r.errors)).toEqual([]);
        expect(result.rows.map((r) => r.entry)).toEqual(entries);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps any cell through write and read (property)', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 6 }), (cells) => {
        const { records } = parseCsvRecords(`${cells.map(csvCell).join(',')}\r\n`);
        expect(records).toHaveLength(1);
        expect(records[0]!.map((c) => (/^'+[=+\-@\t\r]/.test(c) ? c.slice(1) : c))).toEqual(cells);
      }),
    );
  });
});
