import { t } from '../../../../../components/i18n/t';
import { isDateString } from '../../../../../content-kit';
import type { StudioContext } from '../../shell/studio-context';
import { CALENDAR_CATEGORY } from './calendar-view-state';
import type { CalendarHost } from './calendar-host';
import type { CalendarMode } from './calendar-view-state';
import { keyConditions } from './key-conditions';

/** Commands that open the calendar and move around in it: views, previous/next/today, go to a date, filters. */
export function registerViewCommands(studio: StudioContext, host: CalendarHost): void {
  const keys = keyConditions(host);
  const isOpen = () => !!host.view();
  const category = CALENDAR_CATEGORY;

  studio.commands.register<{ date?: string; mode?: CalendarMode }>({
    id: 'studio.calendar.open',
    title: { zh: '打开内容日历', en: 'Open Content Calendar' },
    category,
    keybinding: 'Mod+Alt+C',
    run: async (args) => {
      const view = await host.open();
      if (args?.mode) view.setMode(args.mode);
      if (args?.date && isDateString(args.date)) view.goTo(args.date);
      await view.focusCursor();
    },
  });

  const modes: [CalendarMode, string, { zh: string; en: string }][] = [
    ['month', 'M', { zh: '月视图', en: 'Month View' }],
    ['week', 'W', { zh: '周视图', en: 'Week View' }],
    ['agenda', 'A', { zh: '日程列表视图', en: 'Agenda View' }],
  ];
  for (const [mode, key, title] of modes)
    studio.commands.register({
      id: `studio.calendar.show${mode[0]!.toUpperCase()}${mode.slice(1)}`,
      title,
      category,
      keybinding: key,
      keyWhen: keys.navigation,
      run: async () => (host.view() ?? (await host.open())).setMode(mode),
    });

  studio.commands.register({
    id: 'studio.calendar.previous',
    title: { zh: '上一月或上一周', en: 'Previous Month or Week' },
    category,
    keybinding: 'PageUp',
    keyWhen: keys.navigation,
    when: isOpen,
    run: () => host.view()?.step(-1),
  });
  studio.commands.register({
    id: 'studio.calendar.next',
    title: { zh: '下一月或下一周', en: 'Next Month or Week' },
    category,
    keybinding: 'PageDown',
    keyWhen: keys.navigation,
    when: isOpen,
    run: () => host.view()?.step(1),
  });
  studio.commands.register({
    id: 'studio.calendar.today',
    title: { zh: '回到今天', en: 'Go to Today' },
    category,
    keybinding: 'T',
    keyWhen: keys.navigation,
    run: async () => {
      const view = host.view() ?? (await host.open());
      view.goTo(undefined, view.focusInfo().area !== 'toolbar');
    },
  });
  studio.commands.register({
    id: 'studio.calendar.goToDate',
    title: { zh: '跳转到日期…', en: 'Go to Date…' },
    category,
    keybinding: 'Mod+G',
    keyWhen: keys.calendar,
    run: async () => {
      const date = await studio.workbench.input({
        placeholder: 'YYYY-MM-DD',
        prompt: t('calendarGoToDatePrompt'),
        value: host.view()?.cursor,
        validate: (value) => (isDateString(value.trim()) ? undefined : t('calendarDateRule')),
      });
      if (date === undefined) return;
      const view = await host.open();
      view.goTo(date.trim(), true);
    },
  });
  studio.commands.register({
    id: 'studio.calendar.clearFilters',
    title: { zh: '清除日历筛选', en: 'Clear Calendar Filters' },
    category,
    when: () => !!host.view() && Object.keys(host.view()!.filter).length > 0,
    run: () => host.view()?.setFilter({}),
  });
  studio.commands.register<{ kitId?: string }>({
    id: 'studio.calendar.showKit',
    title: { zh: '在日历中查看此内容包的日程', en: 'Show Kit in Calendar' },
    category,
    menus: ['explorer/kit'],
    run: async (args) => {
      const kitId = args?.kitId ?? studio.context.get<{ kitId?: string }>('explorer.selection')?.kitId;
      const view = await host.open();
      if (kitId && studio.data.kit(kitId)) view.setFilter({ ...view.filter, kits: [kitId] });
      const first = kitId ? studio.data.kit(kitId)?.calendar?.reduce<string | undefined>((min, e) => (min === undefined || e.date < min ? e.date : min), undefined) : undefined;
      if (first && !view.filteredRows().some((r) => r.entry.date >= view.today)) view.goTo(first);
    },
  });
}
