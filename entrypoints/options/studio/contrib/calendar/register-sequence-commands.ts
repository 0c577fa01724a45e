import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';
import { addDays, formatStepOffset, isDateString, todayIn, type Kit, type KitSequence } from '../../../../../content-kit';
import type { StudioContext } from '../../shell/studio-context';
import type { QuickPickItem } from '../../shell/studio-types';
import { cautionNotice, entryCautions } from './apply-cautions';
import type { CalendarHost } from './calendar-host';
import { CALENDAR_CATEGORY, LOCAL_TIME_ZONE } from './calendar-view-state';

interface SequenceArgs {
  kitId?: string;
  sequenceId?: string;
  /** With kitId and sequenceId: apply at once, without the dialog. */
  anchor?: string;
}

/** The anchor day offered first: today, or later so that no step of the sequence falls before today. */
export function defaultAnchor(sequence: KitSequence, today: string): string {
  const earliest = Math.min(0, ...sequence.steps.map((s) => s.offset));
  return addDays(today, -earliest);
}

/** A sequence in the picker: its name, kit, anchor and span of days. */
function sequenceItem(kit: Kit, sequence: KitSequence): QuickPickItem {
  const offsets = sequence.steps.map((s) => s.offset);
  const span = `${formatStepOffset(Math.min(...offsets))} … ${formatStepOffset(Math.max(...offsets))}`;
  return {
    id: `${kit.id}\n${sequence.id}`,
    label: sequence.name,
    description: kit.name,
    detail: t('calendarSequenceDetail', sequence.anchor, sequence.steps.length, span),
    aliases: [sequence.id],
  };
}

/**
 * "Apply a sequence…": pick one of the kits' sequences (SOPs), choose its anchor day in a dialog that previews the
 * entries it adds, and add them to the sequence's kit as one undoable change, warning about entries on 调休 working days
 * or inside long holidays without moving them.
 */
export function registerSequenceCommands(studio: StudioContext, host: CalendarHost): void {
  const { model } = host;
  studio.commands.register<SequenceArgs>({
    id: 'studio.calendar.applySequence',
    title: { zh: '套用 SOP 序列（从某天起）…', en: 'Apply a Sequence from a Day…' },
    category: CALENDAR_CATEGORY,
    run: async (args) => {
      let { kitId, sequenceId } = args ?? {};
      if (!kitId || !sequenceId) {
        const items = studio.data.kits().flatMap((kit) => (kit.sequences ?? []).map((s) => sequenceItem(kit, s)));
        if (!items.length) throw new Error(t('calendarNoSequences'));
        const picked = await studio.workbench.quickPick({ hook: 'calendar-sequence', placeholder: t('calendarSequencePick'), items });
        if (!picked) return undefined;
        [kitId, sequenceId] = picked.id.split('\n') as [string, string];
      }
      const kit = studio.data.kit(kitId);
      const sequence = kit?.sequences?.find((s) => s.id === sequenceId);
      if (!kit || !sequence) throw new Error(t('calendarNoSequences'));
      if (!args?.anchor) {
        const view = host.view() ?? (await host.open());
        view.openSequenceApply({ kitId, sequenceId, anchor: defaultAnchor(sequence, todayIn(LOCAL_TIME_ZONE)) });
        return undefined;
      }
      if (!isDateString(args.anchor)) throw new Error(t('calendarDateRule'));
      const step = await model.applySequence(kitId, sequenceId, args.anchor);
      const view = host.view() ?? (await host.open({ focus: false }));
      view.sequenceApply = null;
      if (view.filter.kits?.length && !view.filter.kits.includes(kitId)) view.setFilter({ ...view.filter, kits: [...view.filter.kits, kitId] });
      const first = step.added.map((e) => e.date).sort()[0];
      if (first) view.goTo(first);
      const message = t('calendarSequenceApplied', step.added.length, step.existing, sequence.name);
      const actions = step.added.length ? [{ title: t('calendarUndo'), run: () => studio.commands.execute('studio.calendar.undoStep', { id: step.id }) }] : [];
      studio.workbench.notify({ severity: 'info', message, timeout: 10_000, actions });
      const cautions = entryCautions(step.added);
      if (cautions.length) studio.workbench.notify({ severity: 'warning', message: cautionNotice(cautions, uiLocale()), timeout: 0 });
      return step.keys;
    },
  });
}
