import chineseDays from 'chinese-days';
import schedule from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { LocalizedText } from '../lint/lint-rule';
import { addDays, dateFromDayNumber, dateParts, dayNumber, formatDate, weekday } from './date-math';
import {
  FIXED_MARKETING_DAYS,
  LUNAR_FESTIVALS,
  NEW_YEARS_EVE,
  NODE_KINDS,
  NODE_WORDS,
  QINGMING_TERM,
  SOLAR_TERMS,
  WEEKDAY_MARKETING_DAYS,
  type NodeKind,
} from './node-tables';

// The default export: chinese-days' CommonJS build hides its named exports from Node's ES loader (Playwright's specs).
const { getLunarDate, getSolarTermDate, getYearLeapMonth, monthDays } = chineseDays;

/** One 节点 on one day. A holiday of several days off is one node per day, each with the holiday's name. */
export interface CalendarNode {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** In Chinese: 春节, 春节调休上班, 清明, 谷雨, 世界读书日 … */
  readonly name: string;
  readonly kind: NodeKind;
}

/** Why a date is a poor day for a group activity, for applying a plan or a sequence (see `dayCaution`). */
export interface DayCaution {
  kind: 'workday' | 'holiday';
  /** The node's name: 春节调休上班, or the holiday's (国庆节, or 中秋、国庆节 when two run together). */
  name: string;
  message: LocalizedText;
}

/** The years nodes can be computed for: chinese-days' lunar tables and solar-term constants cover 1901–2099. */
export const NODE_YEARS = { first: 1901, last: 2099 } as const;

// A holiday run this long counts as a long holiday in `dayCaution`.
const LONG_HOLIDAY = 3;
const KIND_ORDER = new Map(NODE_KINDS.map((kind, i) => [kind, i]));
// In `upcomingNode`, on the same day: a festival, then a marketing day, then a day off.
const UPCOMING_ORDER: Partial<Record<NodeKind, number>> = { festival: 0, marketing: 1, holiday: 2 };

interface OfficialDay {
  zh: string;
  en: string;
}
interface HolidayRun {
  start: number;
  length: number;
  zh: string[];
  en: string[];
}
interface Official {
  first: number;
  last: number;
  holidays: Map<string, OfficialDay>;
  workdays: Map<string, OfficialDay>;
  runs: Map<string, HolidayRun>;
  /** The holiday and workday nodes of each year. */
  nodes: Map<number, CalendarNode[]>;
}

let official: Official | undefined;
const yearCache = new Map<number, readonly CalendarNode[]>();

/** chinese-days' schedule data ("Spring Festival,春节,4" by date), read once into maps, with the runs of days off. */
function officialSchedule(): Official {
  if (official) return official;
  const read = (table: Record<string, string>) =>
    new Map(
      Object.entries(table).map(([date, text]) => {
        const [en = '', zh = ''] = text.split(',');
        return [date, { zh, en }];
      }),
    );
  const holidays = read(schedule.holidays as Record<string, string>);
  const workdays = read(schedule.workdays as Record<string, string>);
  const years = [...holidays.keys()].map((d) => Number(d.slice(0, 4)));
  const runs = new Map<string, HolidayRun>();
  let run: HolidayRun | undefined;
  for (const date of [...holidays.keys()].sort()) {
    const day = dayNumber(date);
    const { zh, en } = holidays.get(date)!;
    if (!run || run.start + run.length !== day) run = { start: day, length: 0, zh: [], en: [] };
    run.length++;
    if (!run.zh.includes(zh)) run.zh.push(zh);
    if (!run.en.includes(en)) run.en.push(en);
    runs.set(date, run);
  }
  const nodes = new Map<number, CalendarNode[]>();
  const add = (date: string, name: string, kind: NodeKind) => {
    const year = Number(date.slice(0, 4));
    if (!nodes.has(year)) nodes.set(year, []);
    nodes.get(year)!.push(Object.freeze({ date, name, kind }));
  };
  for (const [date, { zh }] of holidays) add(date, zh, 'holiday');
  for (const [date, { zh }] of workdays) add(date, `${zh}调休上班`, 'workday');
  official = { first: Math.min(...years), last: Math.max(...years), holidays, workdays, runs, nodes };
  return official;
}

/** The last year whose official holiday schedule (days off and 调休 working days) is known: later years have none. */
export function officialScheduleKnownThrough(): number {
  return officialSchedule().last;
}

/** Whether the State Council's holiday schedule of a year is known; when not, show "not yet published", never a guess. */
export function isOfficialScheduleKnown(year: number): boolean {
  const { first, last } = officialSchedule();
  return Number.isInteger(year) && year >= first && year <= last;
}

// chinese-days 1.5.7 builds a solar term's date at UTC midnight and formats it with local getters, so west of UTC it
// comes out a day early: take the date whose UTC midnight reads, in this zone, as the library's answer. (Should a
// later version fix this, the time-zone unit test of calendarNodes fails.)
function fromLibraryDate(text: string): string {
  for (const date of [text, addDays(text, 1)]) {
    const { year, month, day } = dateParts(date);
    const local = new Date(Date.UTC(year, month - 1, day));
    if (formatDate(local.getFullYear(), local.getMonth() + 1, local.getDate()) === text) return date;
  }
  return text;
}

/** A lunar date: year, month, day, and whether the month is the year's leap month. */
interface LunarDay {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** The lunar day after another, from chinese-days' month lengths and leap months (a leap month follows its namesake). */
function nextLunarDay({ year, month, day, leap }: LunarDay): LunarDay {
  const leapMonth = getYearLeapMonth(year);
  const length = leap ? leapMonth.days : monthDays(year, month);
  if (day < length) return { year, month, day: day + 1, leap };
  if (!leap && leapMonth.leapMonth === month) return { year, month, day: 1, leap: true };
  return month === 12 ? { year: year + 1, month: 1, day: 1, leap: false } : { year, month: month + 1, day: 1, leap: false };
}

/**
 * The lunar festivals of a Gregorian year. chinese-days gives the lunar date of 1 January (`getLunarDate` reads its
 * input as UTC, so any zone gets the same answer); the days after it follow from the library's month lengths, since a
 * `getLunarDate` call per day would cost a hundred times more.
 */
function lunarFestivals(year: number, push: (date: string, name: string, kind: NodeKind) => void): void {
  const first = dayNumber(formatDate(year, 1, 1));
  const last = dayNumber(formatDate(year, 12, 31));
  const start = getLunarDate(dateFromDayNumber(first));
  let next: LunarDay = { year: start.lunarYear, month: start.lunarMon, day: start.lunarDay, leap: start.isLeap };
  for (let day = first; day <= last; day++) {
    const lunar = next;
    next = nextLunarDay(lunar);
    if (!lunar.leap)
      for (const [month, lunarDay, name] of LUNAR_FESTIVALS) if (lunar.month === month && lunar.day === lunarDay) push(dateFromDayNumber(day), name, 'festival');
    // The 12th month has 29 or 30 days: 除夕 is whichever day comes before the first of the first month.
    if (next.month === 1 && next.day === 1 && !next.leap) push(dateFromDayNumber(day), NEW_YEARS_EVE, 'festival');
  }
}

/** The nth given ISO weekday of a month. */
function nthWeekday(year: number, month: number, nth: number, isoWeekday: number): string {
  const first = formatDate(year, month, 1);
  return addDays(first, ((isoWeekday - weekday(first) + 7) % 7) + (nth - 1) * 7);
}

function compareNodes(a: CalendarNode, b: CalendarNode): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)! || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

function yearNodes(year: number): readonly CalendarNode[] {
  const cached = yearCache.get(year);
  if (cached) return cached;
  const nodes: CalendarNode[] = [];
  const push = (date: string, name: string, kind: NodeKind) => nodes.push(Object.freeze({ date, name, kind }));
  const { holidays, nodes: officialNodes } = officialSchedule();
  nodes.push(...(officialNodes.get(year) ?? []));
  lunarFestivals(year, push);
  for (const [month, key, name] of SOLAR_TERMS)
    push(fromLibraryDate(getSolarTermDate(year, month, key as Parameters<typeof getSolarTermDate>[2])), name, key === QINGMING_TERM ? 'festival' : 'solar-term');
  const marketing: [string, string][] = FIXED_MARKETING_DAYS.map(([month, day, name]) => [formatDate(year, month, day), name]);
  for (const [month, nth, isoWeekday, name] of WEEKDAY_MARKETING_DAYS) marketing.push([nthWeekday(year, month, nth, isoWeekday), name]);
  // 国庆节 on 10.1 is already there as a day off when the year's schedule is known.
  for (const [date, name] of marketing) if (holidays.get(date)?.zh !== name) push(date, name, 'marketing');
  const sorted = Object.freeze(nodes.sort(compareNodes));
  yearCache.set(year, sorted);
  return sorted;
}

/**
 * The 节点 from one `YYYY-MM-DD` date to another, both included, sorted by date (then holiday, workday, festival,
 * marketing, solar term): each day of an official holiday, each 调休 working day, the traditional festivals (清明 among
 * them, once), the 24 solar terms and the marketing days. Years after `officialScheduleKnownThrough()` have no holiday
 * or workday nodes. Lunar dates and solar terms come from chinese-days, never from Intl's Chinese calendar. Throws a
 * RangeError for a date that is not real, `from` after `to`, or a year outside `NODE_YEARS`. Each year is computed once.
 */
export function calendarNodes(from: string, to: string): CalendarNode[] {
  const start = dateParts(from).year;
  const end = dateParts(to).year;
  if (from > to) throw new RangeError(`the range ends before it starts: ${from} … ${to}`);
  if (start < NODE_YEARS.first || end > NODE_YEARS.last) throw new RangeError(`nodes are known for ${NODE_YEARS.first}–${NODE_YEARS.last} only: ${from} … ${to}`);
  const out: CalendarNode[] = [];
  for (let year = start; year <= end; year++) for (const node of yearNodes(year)) if (node.date >= from && node.date <= to) out.push(node);
  return out;
}

/**
 * The node the sidebar names in its "today" line: the nearest one from `today` to `days` days later, both included.
 * A festival, marketing day or day off beats a solar term anywhere in the window (谷雨 does not hide 世界读书日 three
 * days later); on one day a festival comes first, then a marketing day, then a day off. 调休 working days are never
 * named. Null when the window holds nothing.
 */
export function upcomingNode(today: string, days = 7): CalendarNode | null {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`not a number of days: ${days}`);
  const nodes = calendarNodes(today, addDays(today, days)).filter((n) => n.kind !== 'workday');
  const rank = (n: CalendarNode) => UPCOMING_ORDER[n.kind] ?? 3;
  let best: CalendarNode | null = null;
  for (const node of nodes) {
    const better = !best || (rank(node) < 3 && rank(best) === 3) || (node.date === best.date && rank(node) < rank(best));
    if (better) best = node;
  }
  return best;
}

/** The words items about a node are tagged with: its name, then those of its table row (a solar term adds 节气). 调休 working days have none. */
export function nodeWords(node: CalendarNode): string[] {
  if (node.kind === 'workday') return [];
  const words = [node.name, ...(NODE_WORDS[node.name] ?? []), ...(node.kind === 'solar-term' ? ['节气'] : [])];
  return [...new Set(words)];
}

const DIGITS = '零一二三四五六七八九';
/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (days of a holiday never reach 100). */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

/**
 * A warning for an entry planned on `date` (it is not moved): a 调休 working day, when most people are at work, or a day
 * of a long official holiday (three days off or more), when a group activity rarely gets its people — "2026-02-16 是春节假期
 * 第二天（共9天）". Null on any other day, and on every day of a year whose schedule is not known.
 */
export function dayCaution(date: string): DayCaution | null {
  dateParts(date);
  const { workdays, runs } = officialSchedule();
  const workday = workdays.get(date);
  if (workday)
    return {
      kind: 'workday',
      name: `${workday.zh}调休上班`,
      message: {
        zh: `${date} 是${workday.zh}调休上班日，多数人要上班`,
        en: `${date} is a make-up working day for the ${workday.en} holiday: most people are at work`,
      },
    };
  const run = runs.get(date);
  if (!run || run.length < LONG_HOLIDAY) return null;
  const nth = dayNumber(date) - run.start + 1;
  const name = run.zh.join('、');
  return {
    kind: 'holiday',
    name,
    message: {
      zh: `${date} 是${name}假期第${chineseNumber(nth)}天（共${run.length}天）`,
      en: `${date} is day ${nth} of the ${run.length}-day ${run.en.join(' and ')} holiday`,
    },
  };
}
