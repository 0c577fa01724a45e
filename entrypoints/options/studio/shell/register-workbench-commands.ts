import { t } from '../../../../components/i18n/t';
import { uiLocale } from '../../../../components/i18n/ui-locale';
import { formatKeybinding } from './format-keybinding';
import type { StudioContext } from './studio-context';
import type { QuickPickItem } from './studio-types';
import { recentList } from './recent-list';

const recentCommands = recentList('community-kit.studio.recent-commands', 12);
const VIEW = { zh: '视图', en: 'View' };

/** The palette's rows: every enabled palette command, recently used first, then by title. */
function paletteItems(studio: StudioContext): QuickPickItem[] {
  const locale = uiLocale();
  const other = locale === 'zh' ? 'en' : 'zh';
  const recent = recentCommands.read();
  const rank = (id: string) => {
    const i = recent.indexOf(id);
    return i < 0 ? Infinity : i;
  };
  return studio.commands
    .paletteCommands()
    .filter((c) => c.id !== 'studio.workbench.showCommands')
    .map((c) => {
      const label = c.category ? `${c.category[locale]}: ${c.title[locale]}` : c.title[locale];
      const alias = c.category ? `${c.category[other]}: ${c.title[other]}` : c.title[other];
      return { id: c.id, label, otherLanguage: alias !== label ? alias : undefined, keys: studio.commands.keybindings(c.id).map((k) => formatKeybinding(k)), aliases: [c.title[locale], c.title[other], c.id] };
    })
    .sort((a, b) => rank(a.id) - rank(b.id) || a.label.localeCompare(b.label, locale === 'zh' ? 'zh-CN' : 'en'));
}

/** The workbench's own commands: the palette, tabs, side bar and panel. Features register theirs in contributions. */
export function registerWorkbenchCommands(studio: StudioContext): void {
  const { commands, workbench } = studio;
  commands.onDidExecute((id) => {
    if (id !== 'studio.workbench.showCommands') recentCommands.touch(id);
  });

  commands.register({
    id: 'studio.workbench.showCommands',
    title: { zh: '显示所有命令', en: 'Show All Commands' },
    keybinding: ['Mod+Shift+P', 'F1'],
    run: async () => {
      const picked = await workbench.quickPick({ hook: 'palette', placeholder: t('studioPalettePlaceholder'), items: paletteItems(studio), empty: t('studioNoCommands') });
      if (picked) await commands.execute(picked.id);
    },
  });
  commands.register({
    id: 'studio.workbench.toggleSidebar',
    title: { zh: '切换侧边栏', en: 'Toggle Side Bar' },
    category: VIEW,
    keybinding: 'Mod+B',
    run: () => workbench.setLayout({ sidebarVisible: !workbench.layout().sidebarVisible }),
  });
  commands.register({
    id: 'studio.workbench.togglePanel',
    title: { zh: '切换面板', en: 'Toggle Panel' },
    category: VIEW,
    keybinding: 'Mod+J',
    run: () => workbench.setLayout({ panelVisible: !workbench.layout().panelVisible }),
  });
  const hasTabs = () => workbench.tabs().length > 0;
  commands.register({
    id: 'studio.workbench.closeEditor',
    title: { zh: '关闭编辑器', en: 'Close Editor' },
    category: VIEW,
    // Chrome keeps Ctrl+W for itself in a normal window; Alt+W always reaches the page.
    keybinding: ['Mod+W', 'Alt+W'],
    when: hasTabs,
    run: () => workbench.closeEditor(),
  });
  commands.register({
    id: 'studio.workbench.closeAllEditors',
    title: { zh: '关闭所有编辑器', en: 'Close All Editors' },
    category: VIEW,
    when: hasTabs,
    run: async () => {
      for (const tab of [...workbench.tabs()]) await workbench.closeEditor(tab.key);
    },
  });
  commands.register({
    id: 'studio.workbench.nextEditor',
    title: { zh: '下一个编辑器', en: 'Next Editor' },
    category: VIEW,
    keybinding: ['Ctrl+Tab', 'Alt+PageDown'],
    when: hasTabs,
    run: () => workbench.cycleTab(1),
  });
  commands.register({
    id: 'studio.workbench.previousEditor',
    title: { zh: '上一个编辑器', en: 'Previous Editor' },
    category: VIEW,
    keybinding: ['Ctrl+Shift+Tab', 'Alt+PageUp'],
    when: hasTabs,
    run: () => workbench.cycleTab(-1),
  });
  const move = (step: number) => {
    const active = workbench.active();
    if (active) workbench.moveTab(active.key, workbench.tabs().indexOf(active) + step);
  };
  commands.register({
    id: 'studio.workbench.moveEditorLeft',
    title: { zh: '向左移动编辑器', en: 'Move Editor Left' },
    category: VIEW,
    keybinding: 'Mod+Shift+PageUp',
    when: hasTabs,
    run: () => move(-1),
  });
  commands.register({
    id: 'studio.workbench.moveEditorRight',
    title: { zh: '向右移动编辑器', en: 'Move Editor Right' },
    category: VIEW,
    keybinding: 'Mod+Shift+PageDown',
    when: hasTabs,
    run: () => move(1),
  });
  commands.register({
    id: 'studio.workbench.pinEditor',
    title: { zh: '固定编辑器', en: 'Keep Editor Open' },
    category: VIEW,
    when: () => !!workbench.active() && !workbench.active()!.pinned,
    run: () => workbench.pinTab(workbench.active()!.key),
  });
}
