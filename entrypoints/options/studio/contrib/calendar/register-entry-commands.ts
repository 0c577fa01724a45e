import { t } from '../../../../../components/i18n/t';
import { PLATFORMS, type Platform } from '../../../../../content-kit';
import type { StudioContext } from '../../shell/studio-context';
import type { QuickPickItem } from '../../shell/studio-types';
import { CALENDAR_CATEGORY } from './calendar-view-state';
import type { CalendarHost } from './calendar-host';
import type { CalendarStep, EntryDraft, EntryPatch } from './create-calendar-model';
import { keyConditions } from './key-conditions';
import { kindLabel } from '../../../../../components/i18n/labels';

type KeyArgs = { key?: string } | undefined;

/** Commands on calendar entries: create, edit, move (drag or Alt+Arrow), duplicate, delete with undo, linked items. */
export function registerEntryCommands(studio: StudioContext, host: CalendarHost): void {
  const { model } = host;
  const keys = keyConditions(host);
  const category = CALENDAR_CATEGORY;
  const target = (args: KeyArgs) => (typeof args?.key === 'string' ? args.key : (host.view()?.targetEntry() ?? null));
  const hasTarget = () => !!host.view()?.targetEntry();
  const row = (args: KeyArgs) => {
    const key = target(args);
    const found = key ? model.row(key) : undefined;
    if (!found) throw new Error(t('calendarEntryMissing'));
    return found;
  };
  const hasFocus = (key: string) => host.view()?.focusInfo().entryKey === key;

  /** Offers to undo a change in a notification (Undo there undoes exactly that change). */
  const notifyUndoable = (step: CalendarStep, message: string) =>
    studio.workbench.notify({ severity: 'info', message, timeout: 10_000, actions: [{ title: t('calendarUndo'), run: () => undo(step.id) }] });

  async function undo(stepId?: number): Promise<void> {
    const step = await model.undo(stepId);
    const view = host.view();
    if (!step) {
      view?.announce(t('calendarNothingToUndo'));
      return;
    }
    const back = step.keys.find((key) => model.row(key));
    if (back && view) await view.revealEntry(back, view.focusInfo().inside);
    view?.announce(t('calendarUndone'));
  }

  studio.commands.register<{ date?: string; kitId?: string }>({
    id: 'studio.calendar.newEntry',
    title: { zh: '新建日程', en: 'New Calendar Entry' },
    category,
    keybinding: 'N',
    keyWhen: keys.navigation,
    run: async (args) => {
      const view = host.view() ?? (await host.open());
      await view.startNew(args?.date, args?.kitId);
    },
  });
  studio.commands.register<{ kitId: string; draft: EntryDraft }>({
    id: 'studio.calendar.createEntry',
    title: { zh: '添加日程', en: 'Add Calendar Entry' },
    palette: false,
    run: async (args) => {
      if (!args || !studio.data.kit(args.kitId)) throw new Error(t('calendarKitMissing'));
      const key = await model.create(args.kitId, args.draft);
      const view = host.view();
      if (view) {
        view.lastKitId = args.kitId;
        await view.openEntry(key);
        await view.revealEntry(key, true);
        view.announce(t('calendarCreated', args.draft.title));
      }
      return key;
    },
  });
  studio.commands.register<{ key: string; patch: EntryPatch }>({
    id: 'studio.calendar.updateEntry',
    title: { zh: '修改日程', en: 'Change Calendar Entry' },
    palette: false,
    run: async (args) => {
      if (!args) return;
      await model.update(args.key, args.patch);
      const view = host.view();
      if (args.patch.date && view && view.mode !== 'agenda') view.goTo(args.patch.date);
    },
  });
  studio.commands.register<{ key: string }>({
    id: 'studio.calendar.openEntry',
    title: { zh: '编辑日程', en: 'Edit Calendar Entry' },
    category,
    when: hasTarget,
    run: async (args) => {
      const key = target(args);
      if (key) await (host.view() ?? (await host.open())).openEntry(key, true);
    },
  });
  studio.commands.register<{ key: string; date: string }>({
    id: 'studio.calendar.moveEntry',
    title: { zh: '移动日程到某天', en: 'Move Calendar Entry to a Day' },
    palette: false,
    run: async (args) => {
      if (!args) return;
      await model.move(args.key, args.date);
      const view = host.view();
      await view?.revealEntry(args.key, true);
      view?.announce(t('calendarMoved', model.row(args.key)?.entry.title ?? '', args.date));
    },
  });

  const shifts: [string, number, string, { zh: string; en: string }][] = [
    ['studio.calendar.moveEntryLater', 1, 'Alt+Right', { zh: '日程推后一天', en: 'Move Entry One Day Later' }],
    ['studio.calendar.moveEntryEarlier', -1, 'Alt+Left', { zh: '日程提前一天', en: 'Move Entry One Day Earlier' }],
    ['studio.calendar.moveEntryNextWeek', 7, 'Alt+Down', { zh: '日程推后一周', en: 'Move Entry One Week Later' }],
    ['studio.calendar.moveEntryPreviousWeek', -7, 'Alt+Up', { zh: '日程提前一周', en: 'Move Entry One Week Earlier' }],
  ];
  for (const [id, days, keybinding, title] of shifts)
    studio.commands.register<{ key: string }>({
      id,
      title,
      category,
      keybinding,
      keyWhen: keys.entry,
      when: hasTarget,
      run: async (args) => {
        const { key, entry } = row(args);
        const focused = hasFocus(key);
        await model.shift(key, days);
        const view = host.view();
        await view?.revealEntry(key, focused);
        view?.announce(t('calendarMoved', entry.title, model.row(key)?.entry.date ?? ''));
      },
    });

  studio.commands.register<{ key: string; date?: string }>({
    id: 'studio.calendar.duplicateEntry',
    title: { zh: '复制日程', en: 'Duplicate Calendar Entry' },
    category,
    keybinding: 'Mod+D',
    keyWhen: keys.entry,
    when: hasTarget,
    run: async (args) => {
      const { key, entry } = row(args);
      const copy = await model.duplicate(key, (args as { date?: string } | undefined)?.date);
      const view = host.view();
      await view?.revealEntry(copy, true);
      view?.announce(t('calendarDuplicated', entry.title));
      return copy;
    },
  });
  studio.commands.register<{ key: string }>({
    id: 'studio.calendar.deleteEntry',
    title: { zh: '删除日程', en: 'Delete Calendar Entry' },
    category,
    keybinding: 'Delete',
    keyWhen: keys.entry,
    when: hasTarget,
    run: async (args) => {
      const { key, entry } = row(args);
      const view = host.view();
      const focused = hasFocus(key) || view?.focusInfo().area === 'panel';
      const step = await model.remove(key);
      if (view?.selectedKey === key) view.selectedKey = null;
      if (view && focused) view.goTo(entry.date, true);
      notifyUndoable(step, t('calendarDeleted', entry.title));
    },
  });
  studio.commands.register<{ id: number }>({
    id: 'studio.calendar.undoStep',
    title: { zh: '撤销某一步日历修改', en: 'Undo a Calendar Change' },
    palette: false,
    run: (args) => undo(args?.id),
  });
  studio.commands.register({
    id: 'studio.calendar.undo',
    title: { zh: '撤销日历中的上一步', en: 'Undo Last Calendar Change' },
    category,
    keybinding: 'Mod+Z',
    keyWhen: keys.calendar,
    when: () => model.canUndo(),
    run: () => undo(),
  });

  studio.commands.register<{ key: string }>({
    id: 'studio.calendar.openLinkedItem',
    title: { zh: '打开日程关联的条目', en: 'Open Linked Item' },
    category,
    keybinding: 'Mod+Enter',
    keyWhen: keys.entry,
    when: () => {
      const key = host.view()?.targetEntry();
      return !!key && !!model.row(key)?.entry.itemId;
    },
    run: async (args) => {
      const { kitId, entry } = row(args);
      if (!entry.itemId || !studio.data.item(kitId, entry.itemId)) throw new Error(t('calendarLinkedItemMissing', entry.itemId ?? ''));
      await studio.commands.execute('studio.item.open', { kitId, itemId: entry.itemId, pinned: true });
    },
  });
  studio.commands.register<{ key: string }>({
    id: 'studio.calendar.linkItem',
    title: { zh: '为日程选择关联条目…', en: 'Link Calendar Entry to an Item…' },
    category,
    when: hasTarget,
    run: async (args) => {
      const { key, kitId, entry } = row(args);
      const kit = studio.data.kit(kitId);
      if (!kit) throw new Error(t('calendarKitMissing'));
      const items: QuickPickItem[] = kit.items.map((item) => ({ id: item.id, label: item.title, description: kindLabel(item.kind), detail: item.id, aliases: [item.id] }));
      const picked = await studio.workbench.quickPick({ hook: 'calendar-item-pick', placeholder: t('calendarChooseItemPlaceholder', kit.name), items, empty: t('calendarNoItems') });
      if (!picked) return;
      await model.update(key, { itemId: picked.id });
      await host.view()?.openEntry(key);
      host.view()?.announce(t('calendarLinked', entry.title, picked.label));
    },
  });
  studio.commands.register<{ key: string }>({
    id: 'studio.calendar.unlinkItem',
    title: { zh: '取消日程的关联条目', en: 'Unlink Item from Calendar Entry' },
    category,
    when: () => {
      const key = host.view()?.targetEntry();
      return !!key && !!model.row(key)?.entry.itemId;
    },
    run: async (args) => {
      const { key } = row(args);
      await model.update(key, { itemId: undefined });
    },
  });
  studio.commands.register<{ key: string }>({
    id: 'studio.calendar.createDraftItem',
    title: { zh: '用日程新建草稿条目并关联', en: 'New Draft Item from Calendar Entry' },
    category,
    when: hasTarget,
    run: async (args) => {
      const { key, kitId, entry } = row(args);
      const platform = (PLATFORMS as readonly string[]).includes(entry.platform ?? '') ? [entry.platform as Platform] : undefined;
      const item = await studio.data.createItem(kitId, {
        kind: 'script',
        title: entry.title,
        body: entry.notes ?? '',
        ...(entry.stage && { stage: entry.stage }),
        ...(platform && { platforms: platform }),
      });
      await model.update(key, { itemId: item.id, status: entry.status === 'idea' ? 'draft' : entry.status });
      await studio.commands.execute('studio.item.open', { kitId, itemId: item.id, pinned: true });
      return item.id;
    },
  });
}
