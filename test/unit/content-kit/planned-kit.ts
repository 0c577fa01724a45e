import { applySequence, builtinKit, type Kit } from '../../../content-kit';

/** The built-in kit with its four-week launch plan applied from 2026-01-05: a kit with a real calendar for tests. */
export function plannedKit(): Kit {
  return applySequence(builtinKit(), 'launch-4weeks', '2026-01-05').kit;
}
