import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './sites/site-hosts';

// The manifest asks for the least it needs: storage, a context menu, and the three sites' hosts.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Parallel work (two test runs on one machine) can build into separate folders.
  outDir: process.env.CK_OUT_DIR || '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'contextMenus'],
    host_permissions: SITE_MATCHES,
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: { id: 'community-kit@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
});
