// Pattern rules of KIT-FORMAT.md, shared by the schema and the cross-field checks.

/** Kit, item and calendar entry ids: 1–64 of A-Z a-z 0-9 _ . - */
export const ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

/** Sequence and step ids: the id rule, at most 24 characters, so `<sequence>.<step>.<YYYYMMDD>` is an entry id. */
export const SEQUENCE_ID_PATTERN = /^[A-Za-z0-9_.-]{1,24}$/;

/** A placeholder or variable name: 1–30 letters of any script, digits or `_`. */
export const PLACEHOLDER_NAME_PATTERN = /^[\p{L}\p{Nd}_]{1,30}$/u;

/** Semver MAJOR.MINOR.PATCH with optional pre-release and build metadata (semver.org grammar). */
export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2})(?::?(\d{2}))?)$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a calendar date that exists (2026-02-29 does not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** `YYYY-MM-DD` naming a real date. */
export function isDateString(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  return !!match && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `HH:mm`, 24-hour. */
export function isTimeString(value: string): boolean {
  return TIME_PATTERN.test(value);
}

/** ISO 8601 date-time, seconds optional, offset or `Z` required. */
export function isDateTimeString(value: string): boolean {
  const m = DATE_TIME_PATTERN.exec(value);
  if (!m) return false;
  if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59)) return false;
  if (m[8] !== undefined && (Number(m[8]) > 23 || (m[9] !== undefined && Number(m[9]) > 59))) return false;
  return true;
}

/** An IANA zone that Intl.DateTimeFormat accepts. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value.length > 0;
  } catch {
    return false;
  }
}

/** A well-formed BCP 47 language tag. */
export function isLocaleTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
