import { t } from '../../../../../components/i18n/t';
import {
  addDays,
  BUILTIN_KIT_ID,
  calendarToCsv,
  calendarToIcs,
  entriesToMarkdownAgenda,
  isDateString,
  parseItemKey,
  sortEntries,
  todayIn,
  weekday,
  type CalendarEntry,
  type Kit,
} from '../../../../../content-kit';
import type { StudioContext } from '../../shell/studio-context';
import type { QuickPickItem } from '../../shell/studio-types';
import { CALENDAR_CATEGORY, LOCAL_TIME_ZONE, filterIsEmpty } from './calendar-view-state';
import type { CalendarHost } from './calendar-host';
import type { CalendarStep } from './create-calendar-model';
import { defaultKitId } from './default-kit-id';
import { downloadText, exportFileName } from './calendar-files';
import { cautionNotice, entryCautions } from './apply-cautions';
import { uiLocale } from '../../../../../components/i18n/ui-locale';

type ExportFormat = 'ics' | 'csv' | 'md';
interface ExportArgs {
  format?: ExportFormat;
  kitId?: string;
  /** The kit's whole calendar, or only what the calendar's filters let through. */
  scope?: 'kit' | 'view';
  /** Only build the text (for a caller that saves it elsewhere); no download. */
  dryRun?: boolean;
}
interface PlanArgs {
  sourceKitId?: string;
  startDate?: string;
  targetKitId?: string;
}

const MIME: Record<ExportFormat, string> = { ics: 'text/calendar;charset=utf-8', csv: 'text/csv;charset=utf-8', md: 'text/markdown;charset=utf-8' };

/** Commands that move calendars in and out: apply a plan, export ICS/CSV/Markdown, import CSV. */
export function registerTransferCommands(studio: StudioContext, host: CalendarHost): void {
  const { model } = host;
  const category = CALENDAR_CATEGORY;
  const kitName = (kitId: string) => studio.data.kit(kitId)?.name ?? kitId;
  const defaultKit = () => host.view()?.defaultKit() ?? defaultKitId(studio.data.records(), [studio.context.get<{ kitId?: string }>('explorer.selection')?.kitId]);
  const notifyUndoable = (step: CalendarStep, message: string) =>
    studio.workbench.notify({ severity: 'info', message, timeout: 10_000, actions: [{ title: t('calendarUndo'), run: () => studio.commands.execute('studio.calendar.undoStep', { id: step.id }) }] });

  studio.commands.register<PlanArgs>({
    id: 'studio.calendar.applyPlan',
    title: { zh: '套用日历计划（从某天开始）…', en: 'Apply a Calendar Plan Starting on a Date…' },
    category,
    run: async (args) => {
      const withPlans = studio.data.kits().filter((k) => k.calendar?.length);
      if (!withPlans.length) throw new Error(t('calendarNoPlans'));
      let sourceKitId = args?.sourceKitId;
      if (!sourceKitId) {
        // The built-in 4-week launch plan first: it is what most people start from.
        const ordered = [...withPlans].sort((a, b) => Number(b.id === BUILTIN_KIT_ID) - Number(a.id === BUILTIN_KIT_ID));
        const picked = await studio.workbench.quickPick({
          hook: 'calendar-plan-source',
          placeholder: t('calendarPlanSource'),
          items: ordered.map((kit) => planItem(kit)),
        });
        if (!picked) return undefined;
        sourceKitId = picked.id;
      }
      const source = studio.data.kit(sourceKitId);
      if (!source?.calendar?.length) throw new Error(t('calendarNoPlans'));

      let startDate = args?.startDate;
      if (!startDate) {
        const today = todayIn(LOCAL_TIME_ZONE);
        // Plans are written week by week: next Monday is the natural start.
        const nextMonday = addDays(today, 8 - weekday(today));
        const answer = await studio.workbench.input({
          placeholder: 'YYYY-MM-DD',
          prompt: t('calendarPlanStart', source.name),
          value: nextMonday,
          validate: (value) => (isDateString(value.trim()) ? undefined : t('calendarDateRule')),
        });
        if (answer === undefined) return undefined;
        startDate = answer.trim();
      }
      if (!isDateString(startDate)) throw new Error(t('calendarDateRule'));

      let targetKitId = args?.targetKitId;
      if (!targetKitId) {
        const first = defaultKit();
        const kits = [...studio.data.kits()].sort((a, b) => Number(b.id === first) - Number(a.id === first));
        const picked = await studio.workbench.quickPick({
          hook: 'calendar-plan-target',
          placeholder: t('calendarPlanTarget'),
          items: kits.map((kit) => ({ id: kit.id, label: kit.name, description: t('calendarEntryCount', kit.calendar?.length ?? 0), detail: kit.id, aliases: [kit.id] })),
        });
        if (!picked) return undefined;
        targetKitId = picked.id;
      }
      if (!studio.data.kit(targetKitId)) throw new Error(t('calendarKitMissing'));

      const step = await model.applyPlan(sourceKitId, startDate, targetKitId);
      const view = host.view() ?? (await host.open({ focus: false }));
      if (view.filter.kits?.length && !view.filter.kits.includes(targetKitId)) view.setFilter({ ...view.filter, kits: [...view.filter.kits, targetKitId] });
      view.goTo(startDate);
      notifyUndoable(step, t('calendarPlanApplied', step.keys.length, kitName(targetKitId), startDate));
      const ids = new Set(step.keys.map((key) => parseItemKey(key)?.id));
      const cautions = entryCautions((studio.data.kit(targetKitId)?.calendar ?? []).filter((e) => ids.has(e.id)));
      if (cautions.length) studio.workbench.notify({ severity: 'warning', message: cautionNotice(cautions, uiLocale()), timeout: 0 });
      return step.keys;
    },
  });

  const runExport = async (args: ExportArgs | undefined) => {
    let format = args?.format;
    if (!format) {
      const picked = await studio.workbench.quickPick({
        hook: 'calendar-export-format',
        placeholder: t('calendarExportFormat'),
        items: [
          { id: 'ics', label: t('calendarExportIcs'), detail: t('calendarExportIcsDetail'), aliases: ['ics', 'iCalendar'] },
          { id: 'csv', label: t('calendarExportCsv'), detail: t('calendarExportCsvDetail'), aliases: ['csv', 'Excel'] },
          { id: 'md', label: t('calendarExportMarkdown'), detail: t('calendarExportMarkdownDetail'), aliases: ['md', 'Markdown'] },
        ],
      });
      if (!picked) return undefined;
      format = picked.id as ExportFormat;
    }
    const view = host.view();
    const filtered = view && !filterIsEmpty(view.filter) ? view.filteredRows() : null;
    let kitId = args?.kitId;
    let scope = args?.scope ?? (filtered && !kitId ? undefined : 'kit');
    if (!kitId || !scope) {
      const items: QuickPickItem[] = [];
      for (const kit of studio.data.kits()) {
        if (filtered) {
          const shown = filtered.filter((r) => r.kitId === kit.id).length;
          if (shown) items.push({ id: `view:${kit.id}`, label: t('calendarExportFiltered', kit.name), description: t('calendarEntryCount', shown), detail: kit.id, aliases: [`view:${kit.id}`] });
        }
        if (!kitId || kitId === kit.id) items.push({ id: `kit:${kit.id}`, label: t('calendarExportWhole', kit.name), description: t('calendarEntryCount', kit.calendar?.length ?? 0), detail: kit.id, aliases: [`kit:${kit.id}`] });
      }
      const picked = await studio.workbench.quickPick({ hook: 'calendar-export-scope', placeholder: t('calendarExportScope'), items });
      if (!picked) return undefined;
      const colon = picked.id.indexOf(':');
      scope = picked.id.slice(0, colon) === 'view' ? 'view' : 'kit';
      kitId = picked.id.slice(colon + 1);
    }
    const kit = studio.data.kit(kitId);
    if (!kit) throw new Error(t('calendarKitMissing'));
    const entries: CalendarEntry[] = scope === 'view' ? (view?.filteredRows() ?? []).filter((r) => r.kitId === kit.id).map((r) => r.entry) : sortEntries(kit.calendar ?? []);
    const text = exportText(format, kit, entries, scope);
    const fileName = exportFileName(kit.id, scope, todayIn(LOCAL_TIME_ZONE), format);
    if (!args?.dryRun) {
      downloadText(text, fileName, MIME[format]);
      studio.workbench.notify({ severity: 'info', message: t('calendarExported', entries.length, fileName) });
    }
    return { fileName, text, count: entries.length };
  };

  studio.commands.register<ExportArgs>({ id: 'studio.calendar.export', title: { zh: '导出日历…', en: 'Export Calendar…' }, category, run: runExport });
  studio.commands.register<ExportArgs>({
    id: 'studio.calendar.exportIcs',
    title: { zh: '导出日历为 ICS（日历应用）…', en: 'Export Calendar as ICS (Calendar Apps)…' },
    category,
    run: (args) => runExport({ ...args, format: 'ics' }),
  });
  studio.commands.register<ExportArgs>({
    id: 'studio.calendar.exportCsv',
    title: { zh: '导出日历为 CSV（Excel 表格）…', en: 'Export Calendar as CSV (Spreadsheets)…' },
    category,
    run: (args) => runExport({ ...args, format: 'csv' }),
  });
  studio.commands.register<ExportArgs>({
    id: 'studio.calendar.exportMarkdown',
    title: { zh: '导出日历为 Markdown 日程表…', en: 'Export Calendar as a Markdown Agenda…' },
    category,
    run: (args) => runExport({ ...args, format: 'md' }),
  });

  studio.commands.register({
    id: 'studio.calendar.importCsv',
    title: { zh: '从 CSV 导入日程…', en: 'Import Calendar Entries from CSV…' },
    category,
    run: async () => {
      const view = host.view() ?? (await host.open());
      view.openImport();
    },
  });
  studio.commands.register<{ kitId: string; entries: CalendarEntry[] }>({
    id: 'studio.calendar.importRows',
    title: { zh: '写入导入的日程', en: 'Write Imported Entries' },
    palette: false,
    run: async (args) => {
      if (!args?.entries.length) return undefined;
      if (!studio.data.kit(args.kitId)) throw new Error(t('calendarKitMissing'));
      const step = await model.importEntries(args.kitId, args.entries);
      const view = host.view();
      view?.closeImport();
      const first = sortEntries(args.entries)[0];
      if (view && first) view.goTo(first.date);
      notifyUndoable(step, t('calendarImported', step.keys.length, kitName(args.kitId)));
      return step.keys;
    },
  });
}

/** A kit in the plan picker: its name, size and date span. */
function planItem(kit: Kit): QuickPickItem {
  const dates = (kit.calendar ?? []).map((e) => e.date).sort();
  return { id: kit.id, label: kit.name, description: t('calendarEntryCount', dates.length), detail: `${dates[0]} – ${dates.at(-1)}`, aliases: [kit.id] };
}

/** The file's text in a format. */
function exportText(format: ExportFormat, kit: Kit, entries: readonly CalendarEntry[], scope: 'kit' | 'view'): string {
  if (format === 'ics') return calendarToIcs(kit, scope === 'view' ? { entries } : {});
  if (format === 'csv') return calendarToCsv(entries, { kitItems: kit.items });
  return entriesToMarkdownAgenda(kit, entries);
}
