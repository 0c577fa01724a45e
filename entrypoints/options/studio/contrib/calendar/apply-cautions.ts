import { dayCaution, type CalendarEntry, type DayCaution } from '../../../../../content-kit';
import { t } from '../../../../../components/i18n/t';

/** An entry a plan or a sequence puts on a poor day, with the reason. */
export interface EntryCaution {
  entry: CalendarEntry;
  caution: DayCaution;
}

/** The entries landing on a 调休 working day or inside a long holiday (dayCaution); they are shown, never moved. */
export function entryCautions(entries: readonly CalendarEntry[]): EntryCaution[] {
  const out: EntryCaution[] = [];
  for (const entry of entries) {
    const caution = dayCaution(entry.date);
    if (caution) out.push({ entry, caution });
  }
  return out;
}

/** The notification after applying a plan or a sequence when some entries land on such days: how many, and the first few. */
export function cautionNotice(cautions: readonly EntryCaution[], locale: 'zh' | 'en', shown = 3): string {
  const lines = cautions.slice(0, shown).map(({ entry, caution }) => `${entry.title}: ${caution.message[locale]}`);
  const more = cautions.length > shown ? [t('calendarCautionsMore', cautions.length - shown)] : [];
  return [t('calendarCautions', cautions.length), ...lines, ...more].join('\n');
}
