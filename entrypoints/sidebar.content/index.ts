// Must come first: a Chrome content script has no customElements registry of its own (DESIGN.md).
import './force-custom-elements-polyfill';
import '@webcomponents/custom-elements';
import { defineContentScript } from 'wxt/utils/define-content-script';
import './ui/ck-sidebar';
import { createSidebarController } from './create-sidebar-controller';
import { followChosenLocale, readChosenLocale } from './follow-chosen-locale';
import { pickAdapter } from '../../sites/site-adapters';
import { SITE_MATCHES } from '../../sites/site-hosts';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_end',
  async main(ctx) {
    const adapter = pickAdapter(location.href);
    if (!adapter || window.top !== window) return;
    await readChosenLocale();
    const sidebar = document.createElement('ck-sidebar');
    ctx.onInvalidated(followChosenLocale(sidebar));
    (document.body ?? document.documentElement).append(sidebar);
    createSidebarController(ctx, adapter, sidebar).start();
  },
});
