import './ck-search-view';
import { t } from '../../../../../components/i18n/t';
import { defineContribution } from '../../shell/studio-context';

const SEARCH_ICON = 'M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM15.2 15.2 20 20';

/** The Search view: every kit, ranked by the sidebar's suggester, with kind and stage filters. */
export default defineContribution({
  id: 'search',
  activate(studio) {
    const view = document.createElement('ck-search-view');
    view.studio = studio;
    studio.views.register({ id: 'search', title: () => t('studioSearch'), icon: SEARCH_ICON, order: 20, create: () => view });
    studio.commands.register({
      id: 'studio.search.show',
      title: { zh: '在所有内容包中搜索', en: 'Search All Kits' },
      category: { zh: '视图', en: 'View' },
      keybinding: 'Mod+Shift+F',
      run: async () => {
        studio.workbench.showView('search');
        await view.updateComplete;
        requestAnimationFrame(() => view.focusInput());
      },
    });
  },
});
