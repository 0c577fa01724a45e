import './ck-settings-view';
import { t } from '../../../../../components/i18n/t';
import type { Settings } from '../../../../../utils/store/store-schema';
import { defineContribution } from '../../shell/studio-context';

const GEAR_ICON = 'M12 9a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-2.9 1.2V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-2.9-1.2l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1A1.7 1.7 0 0 0 3.1 14H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.2-2.9l-.1-.1A2 2 0 1 1 7 4.2l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1A2 2 0 1 1 19.8 7l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1z';
const CATEGORY = { zh: '首选项', en: 'Preferences' };

/** The Settings view (language, theme, profile, platform limits) and its commands. */
export default defineContribution({
  id: 'settings',
  activate(studio) {
    const view = document.createElement('ck-settings-view');
    view.studio = studio;
    studio.views.register({ id: 'settings', title: () => t('studioSettings'), icon: GEAR_ICON, order: 100, bottom: true, create: () => view });

    studio.commands.register({
      id: 'studio.settings.show',
      title: { zh: '打开设置', en: 'Open Settings' },
      category: CATEGORY,
      keybinding: 'Mod+,',
      run: () => studio.workbench.showView('settings'),
    });
    studio.commands.register({
      id: 'studio.settings.theme',
      title: { zh: '颜色主题', en: 'Color Theme' },
      category: CATEGORY,
      run: async () => {
        const picked = await studio.workbench.quickPick({
          hook: 'pick-theme',
          placeholder: t('studioTheme'),
          items: [
            { id: 'system', label: t('studioThemeSystem'), aliases: ['system', 'auto'] },
            { id: 'light', label: t('studioThemeLight'), aliases: ['light'] },
            { id: 'dark', label: t('studioThemeDark'), aliases: ['dark'] },
          ],
        });
        if (picked) await studio.data.saveSettings({ theme: picked.id as Settings['theme'] });
      },
    });
    studio.commands.register({
      id: 'studio.settings.resetLayout',
      title: { zh: '重置窗口布局', en: 'Reset Window Layout' },
      category: CATEGORY,
      run: async () => {
        await studio.workbench.flushAll();
        studio.workbench.forgetLayout();
        location.reload();
      },
    });
  },
});
