import './ck-kits-view';
import { t } from '../../../../../components/i18n/t';
import { defineContribution } from '../../shell/studio-context';
import { wakeBackground } from '../../shell/wake-background';
import { createImportClient } from './create-import-client';
import { createImportService } from './create-import-service';
import { KITS_ICON } from './kits-contribution-parts';
import { registerFileCommands } from './register-file-commands';
import { registerImportCommands } from './register-import-commands';
import { registerKitCommands } from './register-kit-commands';
import { registerUndoCommands } from './register-undo-commands';

/**
 * Sharing kits across a team: the Kits view (which kits feed the sidebar, in what order), export as a kit file or a
 * Markdown handbook, import from a chosen or dropped file through a preview, undo of each recent import, deleting a
 * kit, and a full backup and restore. Files are read, checked, merged and written by the import service in a worker.
 */
export default defineContribution({
  id: 'kits',
  activate(studio) {
    const client = createImportClient({
      worker: () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'community-kit-import' }),
      // Without a worker the service runs in the page, over the page's one store connection.
      local: () => createImportService(studio.data.store),
      onWorkerChange: wakeBackground,
    });
    const view = document.createElement('ck-kits-view');
    view.studio = studio;
    studio.views.register({ id: 'kits', title: () => t('kitsView'), icon: KITS_ICON, order: 15, create: () => view });
    registerKitCommands(studio);
    registerImportCommands(studio, client);
    registerUndoCommands(studio);
    registerFileCommands(studio, client);
    addEventListener('pagehide', () => client.dispose());
  },
});
