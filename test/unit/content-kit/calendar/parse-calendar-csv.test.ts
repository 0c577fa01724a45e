import { describe, expect, it } from 'vitest';
import { parseCalendarCsv } from '../../../../content-kit';

const HEADER = 'id,date,time,title,platform,status,stage,itemId,notes';
const entriesOf = (text: string, options?: Parameters<typeof parseCalendarCsv>[1]) => parseCalendarCsv(text, options).rows.map((r) => r.entry);

describe('parseCalendarCsv', () => {
  it('reads a sheet with Chinese headers and Chinese words, and generates missing ids', () => {
    const text = '\ufeff日期,时间,标题,平台,状态,阶段,备注\r\n2026/1/5,8:00 PM,开营仪式,微信,已排期,聚集,记得置顶\r\n2026年1月6日,,线下读书会,线下,想法,变现,\r\n';
    const result = parseCalendarCsv(text, { existingIds: ['csv-2'] });
    expect(result.hasHeader).toBe(true);
    expect(result.columns).toEqual(['日期', '时间', '标题', '平台', '状态', '阶段', '备注']);
    expect(result.suggestedMapping).toEqual({ date: 0, time: 1, title: 2, platform: 3, status: 4, stage: 5, notes: 6 });
    expect(result.rows).toEqual([
      { row: 2, errors: [], entry: { id: 'csv-2-2', date: '2026-01-05', time: '20:00', title: '开营仪式', platform: 'wechat', status: 'scheduled', stage: 'gather', notes: '记得置顶' } },
      { row: 3, errors: [], entry: { id: 'csv-3', date: '2026-01-06', title: '线下读书会', platform: 'offline', status: 'idea', stage: 'monetize' } },
    ]);
  });

  it('reports each bad row with its spreadsheet row number and column, and keeps the good rows', () => {
    const text = [
      'id,日期,时间,标题,平台,状态,阶段,关联条目,备注',
      'ok1,2026-01-05,20:00,"多行\n备注也算一行",weibo,scheduled,gather,t1,"第一行\n第二行"',
      'bad-date,2026-02-30,20:00,标题,weibo,idea,,,',
      'bad-time,2026-01-05,25:00,标题,weibo,idea,,,',
      'bad-platform,2026-01-05,,标题,tiktok,idea,,,',
      'no-title,2026-01-05,,  ,weibo,idea,,,',
      'ok1,2026-01-06,,重复编号,weibo,idea,,,',
      'bad-status,2026-01-06,,标题,,完成,,,',
      'bad-stage,2026-01-06,,标题,,,裂变,,',
      'bad-item,2026-01-06,,标题,,,,t404,',
      'bad id!,2026-01-06,,标题,,,,,',
      '',
      'ok2,2026-01-07,,全天,,,,,',
    ].join('\r\n');
    const result = parseCalendarCsv(text, { kitItemIds: ['t1'] });
    const errors = result.rows.flatMap((r) => r.errors.map((e) => [e.row, e.column, e.field]));
    expect(errors).toEqual([
      [3, '日期', 'date'],
      [4, '时间', 'time'],
      [5, '平台', 'platform'],
      [6, '标题', 'title'],
      [7, 'id', 'id'],
      [8, '状态', 'status'],
      [9, '阶段', 'stage'],
      [10, '关联条目', 'itemId'],
      [11, 'id', 'id'],
    ]);
    const dateError = result.rows.find((r) => r.row === 3)!.errors[0]!;
    expect(dateError.message.zh).toBe('第 3 行“日期”列（B）：“2026-02-30”不是有效日期，请写成 2026-01-05');
    expect(dateError.message.en).toBe('Row 3, column "日期" (B): "2026-02-30" is not a real date; write it as 2026-01-05');
    expect(result.rows.find((r) => r.row === 7)!.errors[0]!.message.en).toContain('already used on row 2');
    expect(result.rows.filter((r) => r.entry).map((r) => [r.row, r.entry!.id])).toEqual([
      [2, 'ok1'],
      [13, 'ok2'],
    ]);
    expect(result.rows.find((r) => r.row === 2)!.entry!.notes).toBe('第一行\n第二行');
    for (const row of result.rows) expect(row.entry === undefined).toBe(row.errors.length > 0);
  });

  it('flags rows that would replace an entry already in the calendar', () => {
    const result = parseCalendarCsv(`${HEADER}\r\nc1,2026-01-05,,标题,,idea,,,\r\nc2,2026-01-05,,标题,,idea,,,\r\n`, { existingIds: ['c1'] });
    expect(result.rows.map((r) => r.replacesExisting ?? false)).toEqual([true, false]);
  });

  it('reads a file without a header by its values, numbering rows from 1', () => {
    const result = parseCalendarCsv('2026-01-05,20:00,开群公告,微信\n2026-01-06,21:00,破冰,wechat\n');
    expect(result.hasHeader).toBe(false);
    expect(result.columns).toEqual(['A', 'B', 'C', 'D']);
    expect(result.suggestedMapping).toEqual({ date: 0, time: 1, platform: 3, title: 2 });
    expect(result.rows.map((r) => [r.row, r.entry?.title, r.entry?.platform])).toEqual([
      [1, '开群公告', 'wechat'],
      [2, '破冰', 'wechat'],
    ]);
  });

  it('guesses columns under unknown headers by their values, and uses the mapping the user confirmed', () => {
    const text = 'when,what,where\n2026-01-05,开营,weibo\n';
    const suggested = parseCalendarCsv(text);
    expect(suggested.hasHeader).toBe(true);
    expect(suggested.suggestedMapping).toEqual({ date: 0, platform: 2, title: 1 });
    expect(suggested.rows[0]!.entry).toEqual({ id: 'csv-2', date: '2026-01-05', title: '开营', platform: 'weibo', status: 'idea' });
    const mapped = parseCalendarCsv(text, { mapping: { date: 0, title: 2 } });
    expect(mapped.mapping).toEqual({ date: 0, title: 2 });
    expect(mapped.rows[0]!.entry).toEqual({ id: 'csv-2', date: '2026-01-05', title: 'weibo', status: 'idea' });
  });

  it('names a required field no column feeds', () => {
    const result = parseCalendarCsv('when,what\n明天,开营\n', { header: true });
    expect(result.rows[0]!.errors.map((e) => [e.row, e.column])).toEqual([[2, 'date']]);
    expect(result.rows[0]!.errors[0]!.message.en).toBe('Row 2: no column is mapped to date; the date is missing');
    expect(result.rows[0]!.errors[0]!.message.zh).toBe('第 2 行：没有哪一列对应“日期”，日期不能为空');
  });

  it('reads semicolon-separated sheets and LF or CR line ends', () => {
    expect(entriesOf('date;title\n2026-01-05;"a;b"\n')).toEqual([{ id: 'csv-2', date: '2026-01-05', title: 'a;b', status: 'idea' }]);
    expect(entriesOf('date,title\r2026-01-05,x\r')).toEqual([{ id: 'csv-2', date: '2026-01-05', title: 'x', status: 'idea' }]);
  });

  it('reports an unclosed quotation mark and cells beyond the header', () => {
    const unclosed = parseCalendarCsv('date,title\n2026-01-05,"never closed\n2026-01-06,x\n');
    expect(unclosed.rows.map((r) => [r.row, r.errors.map((e) => e.column)])).toEqual([[2, ['title']]]);
    expect(unclosed.rows[0]!.errors[0]!.message.zh).toContain('引号没有闭合');
    const extra = parseCalendarCsv('date,title\n2026-01-05,a,b\n');
    expect(extra.rows[0]!.errors.map((e) => [e.row, e.column])).toEqual([[2, 'C']]);
  });

  it('checks lengths in code points', () => {
    const long = parseCalendarCsv(`date,title,notes\n2026-01-05,${'😀'.repeat(201)},${'长'.repeat(5001)}\n`);
    expect(long.rows[0]!.errors.map((e) => e.field)).toEqual(['title', 'notes']);
    expect(entriesOf(`date,title\n2026-01-05,${'😀'.repeat(200)}\n`)[0]!.title).toBe('😀'.repeat(200));
  });

  it('writes nothing: its inputs are left as they were', () => {
    const existing = ['a'];
    const items = ['t1'];
    parseCalendarCsv(`${HEADER}\r\n,2026-01-05,,x,,,,t1,\r\n`, { existingIds: existing, kitItemIds: items });
    expect(existing).toEqual(['a']);
    expect(items).toEqual(['t1']);
    expect(parseCalendarCsv('')).toEqual({ columns: [], hasHeader: false, suggestedMapping: {}, mapping: {}, rows: [] });
  });
});
