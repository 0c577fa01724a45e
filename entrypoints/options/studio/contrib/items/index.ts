import './ck-item-editor';
import type { CkItemEditor } from './ck-item-editor';
import './ck-problems-panel';
import { t } from '../../../../../components/i18n/t';
import { uiLocale } from '../../../../../components/i18n/ui-locale';
import { findBlanks, itemKey, parseItemKey } from '../../../../../content-kit';
import type { LintState } from '../../editor/lint-decorations';
import { addAllowed } from '../../../../../utils/lint/lint-settings';
import { isItemRef, type ItemRef } from '../../shell/item-ref';
import { defineContribution, type StudioContext } from '../../shell/studio-context';
import type { EditorInput } from '../../shell/studio-types';
import { createItemSession, type ItemSession, type SessionState } from './create-item-session';
import { onChosenLocaleChange } from '../../../../../components/i18n/chosen-locale';

const DOC_ICON = 'M6 3h9l4 4v14H6zM15 3v4h4M9 12h7M9 16h5';
const CATEGORY = { zh: '条目', en: 'Item' };

interface OpenArgs extends ItemRef {
  pinned?: boolean;
  focus?: boolean;
  focusBody?: boolean;
}

interface OpenItem {
  element: CkItemEditor;
  session: ItemSession;
}

const itemInput = (ref: ItemRef): EditorInput => ({ type: 'item', id: itemKey(ref.kitId, ref.itemId), kitId: ref.kitId, itemId: ref.itemId });

const statusText = (state: SessionState): { text: string; severity?: 'error' | 'warning' } => {
  switch (state.status) {
    case 'saved':
      return { text: `✓ ${t('studioSaved')}` };
    case 'pending':
      return { text: `● ${t('studioUnsaved')}` };
    case 'saving':
      return { text: `⟳ ${t('studioSaving')}` };
    case 'conflict':
      return { text: `⚠ ${t('studioConflictShort')}`, severity: 'warning' };
    case 'missing':
      return { text: `⚠ ${t('studioMissingShort')}`, severity: 'warning' };
    case 'invalid':
      return { text: `⨯ ${t('studioInvalidShort')}`, severity: 'error' };
    default:
      return { text: `⨯ ${t('studioSaveFailedShort')}`, severity: 'error' };
  }
};

/** The item editor (fields, Tiptap body, variables, preview), its autosave, and the status entries and Problems panel that follow it. */
export default defineContribution({
  id: 'items',
  activate(studio) {
    const open = new Map<string, OpenItem>();
    let active: OpenItem | null = null;

    const saveEntry = studio.status.register({ id: 'items.save', alignment: 'left', priority: 100, command: 'studio.item.save' }, { text: '', hidden: true });
    const kitEntry = studio.status.register({ id: 'items.kit', alignment: 'left', priority: 90, command: 'studio.kit.edit' }, { text: '', hidden: true });
    const lintEntry = studio.status.register({ id: 'items.lint', alignment: 'right', priority: 80, command: 'studio.lint.showProblems' }, { text: '', hidden: true });
    const countEntry = studio.status.register({ id: 'items.count', alignment: 'right', priority: 90 }, { text: '', hidden: true });

    const problems = document.createElement('ck-problems-panel');
    problems.addEventListener('ck-problem-select', (e) => active?.element.selectRange(e.detail.finding.from, e.detail.finding.to));
    problems.addEventListener('ck-problem-fix', (e) => active?.element.applyFix(e.detail.finding));
    problems.addEventListener('ck-problem-ignore', (e) => active?.element.ignoreFinding(e.detail.finding));
    problems.addEventListener('ck-problem-allow', (e) => {
      const lintAllow = addAllowed(studio.data.settings().lintAllow ?? [], [e.detail.finding.quote]);
      studio.data.saveSettings({ lintAllow }).catch((error: unknown) => studio.workbench.notify({ severity: 'error', message: String((error as Error)?.message ?? error) }));
    });
    studio.panels.register({ id: 'problems', title: () => t('studioProblems'), order: 10, create: () => problems, badge: () => problems.lint?.findings.length ?? 0 });

    const showLint = (lint: LintState | null) => {
      problems.lint = lint;
      if (!lint) {
        lintEntry.update({ hidden: true });
        countEntry.update({ hidden: true });
        return;
      }
      const errors = lint.findings.filter((f) => f.severity === 'error').length;
      const warnings = lint.findings.length - errors;
      lintEntry.update({ hidden: false, text: `⨯ ${errors}  ⚠ ${warnings}`, tooltip: t('studioProblems'), severity: errors ? 'error' : warnings ? 'warning' : undefined });
      countEntry.update({
        hidden: false,
        text: t('studioCountStatus', lint.count, lint.target.limit, lint.target.label[uiLocale()]),
        tooltip: t('studioCountTooltip'),
        severity: lint.count > lint.target.limit ? 'error' : undefined,
      });
    };

    const refreshStatus = () => {
      if (!active) {
        for (const entry of [saveEntry, kitEntry]) entry.update({ hidden: true });
        showLint(null);
        return;
      }
      const state = active.session.state();
      const { text, severity } = statusText(state);
      saveEntry.update({ hidden: false, text, severity, tooltip: state.message ?? t('studioAutosaveHint') });
      kitEntry.update({ hidden: false, text: `▣ ${studio.data.kit(active.session.kitId)?.name ?? active.session.kitId}`, tooltip: t('studioActiveKit') });
      showLint(active.element.lint);
    };

    onChosenLocaleChange(refreshStatus);

    studio.editors.register({
      id: 'item',
      icon: DOC_ICON,
      title: (input) => (isItemRef(input) ? (studio.data.item(input.kitId, input.itemId)?.title ?? input.itemId) : input.id),
      isValid: (input) => isItemRef(input) && !!studio.data.item(input.kitId, input.itemId),
      create(input, host) {
        if (!isItemRef(input)) throw new Error('Not an item');
        const session = createItemSession({ data: studio.data, drafts: studio.drafts, kitId: input.kitId, itemId: input.itemId });
        const element = document.createElement('ck-item-editor');
        element.studio = studio;
        element.session = session;
        element.restoreViewState(host.viewState);
        const entry: OpenItem = { element, session };
        open.set(itemKey(input.kitId, input.itemId), entry);
        const unsubscribe = [
          session.onDidChangeState((state) => {
            host.setDirty(state.status !== 'saved');
            if (state.status === 'pending') host.pin();
            if (active === entry) refreshStatus();
          }),
          studio.data.onDidChange((change) => {
            if (change.kitIds.has(input.kitId)) session.remoteChanged();
            if (active === entry) refreshStatus();
          }),
        ];
        element.addEventListener('ck-item-fields', (e) => host.setTitle(e.detail.item.title || input.itemId));
        element.addEventListener('ck-item-lint', (e) => active === entry && showLint(e.detail.lint));
        return {
          element,
          focus: () => element.focusBody(),
          setVisible(visible) {
            if (visible) active = entry;
            else if (active === entry) active = null;
            refreshStatus();
          },
          viewState: () => element.viewState(),
          flush: () => session.flush(),
          dispose() {
            session.keepDraftNow();
            for (const dispose of unsubscribe) dispose();
            element.dispose();
            void session.save().finally(() => session.dispose());
            open.delete(itemKey(input.kitId, input.itemId));
            if (active === entry) {
              active = null;
              refreshStatus();
            }
          },
        };
      },
    });

    const activeItem = (): OpenItem | null => active;
    const hasActive = () => !!active;

    studio.commands.register<OpenArgs>({
      id: 'studio.item.open',
      title: { zh: '打开条目', en: 'Open Item' },
      category: CATEGORY,
      palette: false,
      run: async (args) => {
        if (!isItemRef(args) || !studio.data.item(args.kitId, args.itemId)) throw new Error(t('studioItemNotFound'));
        studio.workbench.openEditor(itemInput(args), { pinned: args.pinned, focus: args.focus !== false });
        if (args.focusBody) {
          const entry = open.get(itemKey(args.kitId, args.itemId));
          await entry?.element.updateComplete;
          requestAnimationFrame(() => entry?.element.focusBody());
        }
      },
    });
    studio.commands.register<ItemRef & { title: string }>({
      id: 'studio.item.setTitle',
      title: { zh: '设置条目标题', en: 'Set Item Title' },
      palette: false,
      run: (args) => {
        const entry = args && open.get(itemKey(args.kitId, args.itemId));
        if (!entry) return false;
        entry.element.setTitle(args.title);
        return true;
      },
    });
    studio.commands.register<ItemRef>({
      id: 'studio.item.flush',
      title: { zh: '立即保存条目', en: 'Save Item Now' },
      palette: false,
      run: async (args) => {
        const entry = isItemRef(args) ? open.get(itemKey(args.kitId, args.itemId)) : active;
        await entry?.session.flush();
      },
    });
    studio.commands.register({
      id: 'studio.item.save',
      title: { zh: '保存', en: 'Save' },
      category: CATEGORY,
      keybinding: 'Mod+S',
      when: hasActive,
      run: async () => {
        const entry = activeItem();
        if (!entry) return;
        await entry.session.flush();
        const state = entry.session.state();
        if (state.status !== 'saved') studio.workbench.notify({ severity: 'warning', message: state.message ?? statusText(state).text });
      },
    });
    studio.commands.register({
      id: 'studio.item.togglePreview',
      title: { zh: '切换预览', en: 'Toggle Preview' },
      category: CATEGORY,
      keybinding: 'Mod+Shift+V',
      when: hasActive,
      run: () => activeItem()?.element.togglePreview(),
    });
    studio.commands.register({
      id: 'studio.item.insertBlank',
      title: { zh: '插入空白 {{…}}', en: 'Insert Blank {{…}}' },
      category: CATEGORY,
      when: hasActive,
      run: () => activeItem()?.element.startBlank(),
    });
    studio.commands.register({
      id: 'studio.item.focusTitle',
      title: { zh: '编辑标题', en: 'Edit Title' },
      category: CATEGORY,
      when: hasActive,
      run: () => activeItem()?.element.focusTitle(),
    });
    studio.commands.register({
      id: 'studio.edit.undo',
      title: { zh: '撤销', en: 'Undo' },
      category: { zh: '编辑', en: 'Edit' },
      when: hasActive,
      run: () => activeItem()?.element.editor?.chain().focus().undo().run(),
    });
    studio.commands.register({
      id: 'studio.edit.redo',
      title: { zh: '重做', en: 'Redo' },
      category: { zh: '编辑', en: 'Edit' },
      when: hasActive,
      run: () => activeItem()?.element.editor?.chain().focus().redo().run(),
    });
    studio.commands.register({
      id: 'studio.lint.showProblems',
      title: { zh: '显示问题', en: 'Show Problems' },
      category: { zh: '视图', en: 'View' },
      keybinding: 'Mod+Shift+M',
      run: () => studio.workbench.showPanel('problems'),
    });
    studio.commands.register({
      id: 'studio.lint.fixAll',
      title: { zh: '应用所有可自动修正的建议', en: 'Apply All Lint Fixes' },
      category: { zh: '检查', en: 'Lint' },
      when: () => !!active?.element.lint?.findings.some((f) => f.fix),
      run: () => {
        const element = activeItem()?.element;
        // Right to left, so earlier ranges stay where they were.
        for (const finding of [...(element?.lint?.findings ?? [])].filter((f) => f.fix).sort((a, b) => b.from - a.from)) element?.applyFix(finding);
      },
    });

    // The page may close at any moment: keep unsaved edits where a synchronous write can reach.
    addEventListener('pagehide', () => {
      for (const entry of open.values()) entry.session.keepDraftNow();
    });
  },

  ready(studio) {
    openFromHash(studio);
    addEventListener('hashchange', () => openFromHash(studio));
    if (studio.workbench.firstRun && !studio.workbench.tabs().length) {
      // First visit: show an example with blanks, so the chips and the preview explain themselves.
      const kit = studio.data.kits()[0];
      const example = kit?.items.find((i) => i.kind === 'script' && findBlanks(i.body).length > 0);
      if (kit && example) studio.workbench.openEditor(itemInput({ kitId: kit.id, itemId: example.id }), { focus: false });
    }
  },
});

/** `options.html#item=<kitId/itemId, URI-encoded>` (the sidebar's "open in studio") opens that item. */
function openFromHash(studio: StudioContext) {
  if (!location.hash.startsWith('#item=')) return;
  let key: string;
  try {
    key = decodeURIComponent(location.hash.slice(6));
  } catch {
    return;
  }
  const parsed = parseItemKey(key);
  if (!parsed) return;
  const ref = { kitId: parsed.kitId, itemId: parsed.id };
  history.replaceState(null, '', location.pathname);
  if (studio.data.item(ref.kitId, ref.itemId)) studio.workbench.openEditor(itemInput(ref), { pinned: true });
}
