import { zoneOffset } from './zone-offset';

/** A change of a zone's UTC offset: the instant (ms since the epoch) and the offsets in seconds before and after. */
export interface ZoneTransition {
  at: number;
  from: number;
  to: number;
}

// The closest two offset changes in tzdb since 1970 are 7 days apart (America/Boa_Vista, October 2000): a 3-day step sees both.
const STEP = 3 * 86_400_000;

/**
 * Every UTC-offset change of an IANA zone between two instants, found with Intl alone: the offset is sampled every
 * three days and each change is narrowed to the second by bisection.
 */
export function zoneTransitions(timeZone: string, from: number, to: number): ZoneTransition[] {
  const found: ZoneTransition[] = [];
  let t = Math.floor(from / 1000) * 1000;
  let offset = zoneOffset(timeZone, t);
  while (t < to) {
    const next = Math.min(t + STEP, to);
    if (zoneOffset(timeZone, next) === offset) {
      t = next;
      continue;
    }
    let lo = t / 1000;
    let hi = Math.floor(next / 1000);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (zoneOffset(timeZone, mid * 1000) === offset) lo = mid;
      else hi = mid;
    }
    const at = hi * 1000;
    const after = zoneOffset(timeZone, at);
    found.push({ at, from: offset, to: after });
    t = at;
    offset = after;
  }
  return found;
}
