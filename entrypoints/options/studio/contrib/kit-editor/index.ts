import './ck-kit-editor';
import { t } from '../../../../../components/i18n/t';
import { codePointLength } from '../../../../../content-kit';
import { resolveKitTarget } from '../../shell/resolve-kit-target';
import { defineContribution } from '../../shell/studio-context';
import type { EditorInput } from '../../shell/studio-types';
import { createKitSession } from './create-kit-session';
import { onChosenLocaleChange } from '../../../../../components/i18n/chosen-locale';

const KIT_ICON = 'M4 7l8-4 8 4v10l-8 4-8-4zM4 7l8 4 8-4M12 11v10';
const CATEGORY = { zh: '内容包', en: 'Kit' };

const kitInput = (kitId: string): EditorInput => ({ type: 'kit', id: kitId, kitId });


/** The kit editor (metadata, authors, the community canvas) and the commands that create and open kits. */
export default defineContribution({
  id: 'kit-editor',
  activate(studio) {
    const saveEntry = studio.status.register({ id: 'kit.save', alignment: 'left', priority: 100 }, { text: '', hidden: true });
    let active: ReturnType<typeof createKitSession> | null = null;
    const showState = () => {
      const state = active?.state();
      if (!state) return saveEntry.update({ hidden: true });
      const saved = state.status === 'saved';
      saveEntry.update({
        hidden: false,
        text: saved ? `✓ ${t('studioSaved')}` : state.status === 'pending' || state.status === 'saving' ? `● ${t('studioUnsaved')}` : `⨯ ${t('studioInvalidShort')}`,
        tooltip: state.message ?? t('studioAutosaveHint'),
        severity: saved || state.status === 'pending' || state.status === 'saving' ? undefined : 'error',
      });
    };

    onChosenLocaleChange(showState);

    studio.editors.register({
      id: 'kit',
      icon: KIT_ICON,
      title: (input) => studio.data.kit(String(input.kitId))?.name ?? input.id,
      isValid: (input) => typeof input.kitId === 'string' && !!studio.data.kit(input.kitId),
      create(input, host) {
        const kitId = String(input.kitId);
        const session = createKitSession(studio.data, kitId);
        const element = document.createElement('ck-kit-editor');
        element.studio = studio;
        element.session = session;
        const unsubscribe = [
          session.onDidChangeState((state) => {
            host.setDirty(state.status !== 'saved');
            if (state.status === 'pending') host.pin();
            host.setTitle(session.fields().name || kitId);
            if (active === session) showState();
          }),
          studio.data.onDidChange((change) => {
            if (change.kitIds.has(kitId) || change.records) {
              session.remoteChanged();
              element.requestUpdate();
            }
          }),
        ];
        return {
          element,
          focus: () => element.focusName(),
          setVisible(visible) {
            if (visible) active = session;
            else if (active === session) active = null;
            showState();
          },
          flush: () => session.flush(),
          dispose() {
            if (active === session) {
              active = null;
              showState();
            }
            void session.flush();
            for (const dispose of unsubscribe) dispose();
            session.dispose();
            element.dispose();
          },
        };
      },
    });

    studio.commands.register({
      id: 'studio.kit.edit',
      title: { zh: '编辑内容包信息与社群画布', en: 'Edit Kit Details and Canvas' },
      category: CATEGORY,
      menus: ['explorer/kit'],
      run: (args) => {
        const kitId = resolveKitTarget(studio, args);
        if (kitId && studio.data.kit(kitId)) studio.workbench.openEditor(kitInput(kitId), { pinned: true });
      },
    });
    studio.commands.register({
      id: 'studio.kit.create',
      title: { zh: '新建内容包', en: 'New Kit' },
      category: CATEGORY,
      menus: ['explorer/kit'],
      run: async () => {
        const name = await studio.workbench.input({
          placeholder: t('studioNewKitName'),
          validate: (value) => {
            const n = codePointLength(value.trim());
            return n < 1 || n > 80 ? t('studioKitNameRule') : undefined;
          },
        });
        if (name === undefined) return undefined;
        const kit = await studio.data.createKit(name.trim());
        studio.workbench.openEditor(kitInput(kit.id), { pinned: true });
        return kit.id;
      },
    });
    studio.commands.register({
      id: 'studio.kit.toggleEnabled',
      title: { zh: '启用或停用内容包（侧栏推荐）', en: 'Enable or Disable Kit in the Sidebar' },
      category: CATEGORY,
      menus: ['explorer/kit'],
      run: async (args) => {
        const kitId = resolveKitTarget(studio, args);
        const record = kitId ? studio.data.record(kitId) : undefined;
        if (!kitId || !record) return;
        await studio.data.setKitEnabled(kitId, !record.enabled);
        studio.workbench.notify({ severity: 'info', message: t(record.enabled ? 'studioKitNowDisabled' : 'studioKitNowEnabled', studio.data.kit(kitId)?.name ?? kitId) });
      },
    });
  },
});
