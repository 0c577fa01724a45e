import './ck-sequences-editor';
import { t } from '../../../../../components/i18n/t';
import { kindLabel } from '../../../../../components/i18n/labels';
import { resolveKitTarget } from '../../shell/resolve-kit-target';
import { defineContribution } from '../../shell/studio-context';
import type { EditorInput } from '../../shell/studio-types';
import { createSequencesSession } from './create-sequences-session';
import type { SequenceEventDetails } from './sequence-events';

const SEQUENCE_ICON = 'M5 5h3M5 12h3M5 19h3M11 5h8M11 12h8M11 19h8M6.5 6.5v4M6.5 13.5v4';
const sequencesInput = (kitId: string): EditorInput => ({ type: 'sequences', id: kitId, kitId });
const detail = <N extends keyof SequenceEventDetails>(event: Event) => (event as CustomEvent<SequenceEventDetails[N]>).detail;

/**
 * The SOP sequences of a kit (format version 2): an editor tab per kit to write them (steps timed D-3 / D0 / D+7 from an
 * anchor day, each with its time, title, linked item and platform), autosaved through the studio's data layer with
 * the format's checks, and the command that opens it. Applying a sequence is the calendar's "Apply a sequence…".
 */
export default defineContribution({
  id: 'sequences',
  activate(studio) {
    const saveEntry = studio.status.register({ id: 'sequences.save', alignment: 'left', priority: 99 }, { text: '', hidden: true });

    studio.editors.register({
      id: 'sequences',
      icon: SEQUENCE_ICON,
      title: (input) => t('sequencesTab', studio.data.kit(String(input.kitId))?.name ?? String(input.kitId)),
      isValid: (input) => typeof input.kitId === 'string' && !!studio.data.kit(input.kitId),
      create(input, host) {
        const kitId = String(input.kitId);
        const session = createSequencesSession(studio.data, kitId);
        const element = document.createElement('ck-sequences-editor');
        let visible = false;
        const show = () => {
          const kit = studio.data.kit(kitId);
          element.kitName = kit?.name ?? kitId;
          element.sequences = session.sequences();
          element.problems = session.problems();
          element.itemTitles = new Map(kit?.items.map((i) => [i.id, i.title]));
          const state = session.state();
          if (!visible) return;
          const ok = state.status === 'saved' || state.status === 'pending' || state.status === 'saving';
          saveEntry.update({
            hidden: false,
            text: state.status === 'saved' ? `✓ ${t('studioSaved')}` : ok ? `● ${t('studioUnsaved')}` : `⨯ ${t('studioInvalidShort')}`,
            tooltip: state.message ?? t('studioAutosaveHint'),
            severity: ok ? undefined : 'error',
          });
        };
        const unsubscribe = [
          session.onDidChangeState((state) => {
            host.setDirty(state.status !== 'saved');
            if (state.status === 'pending') host.pin();
            show();
          }),
          studio.data.onDidChange((change) => {
            if (change.kitIds.has(kitId)) {
              session.remoteChanged();
              show();
            }
          }),
        ];
        element.addEventListener('ck-sequences-change', (event) => session.edit(detail<'ck-sequences-change'>(event).sequences));
        element.addEventListener('ck-sequence-apply', (event) => {
          void session.flush().then(() => studio.commands.execute('studio.calendar.applySequence', { kitId, sequenceId: detail<'ck-sequence-apply'>(event).sequenceId }));
        });
        element.addEventListener('ck-sequence-pick-item', async (event) => {
          const { sequenceIndex, stepIndex } = detail<'ck-sequence-pick-item'>(event);
          const kit = studio.data.kit(kitId);
          if (!kit) return;
          const items = kit.items.map((item) => ({ id: item.id, label: item.title, description: kindLabel(item.kind), detail: item.id, aliases: [item.id] }));
          const picked = await studio.workbench.quickPick({ hook: 'sequence-item-pick', placeholder: t('calendarChooseItemPlaceholder', kit.name), items, empty: t('calendarNoItems') });
          if (!picked) return;
          const sequences = session.sequences().map((s, i) => (i === sequenceIndex ? { ...s, steps: s.steps.map((step, j) => (j === stepIndex ? { ...step, itemId: picked.id } : step)) } : s));
          session.edit(sequences);
        });
        show();
        return {
          element,
          focus: () => element.focusFirst(),
          setVisible(next) {
            visible = next;
            if (next) show();
            else saveEntry.update({ hidden: true });
          },
          flush: () => session.flush(),
          dispose() {
            if (visible) saveEntry.update({ hidden: true });
            void session.flush();
            for (const dispose of unsubscribe) dispose();
            session.dispose();
          },
        };
      },
    });

    studio.commands.register({
      id: 'studio.sequences.edit',
      title: { zh: '编辑 SOP 序列', en: 'Edit SOP Sequences' },
      category: { zh: '内容包', en: 'Kit' },
      menus: ['explorer/kit'],
      run: (args) => {
        const kitId = resolveKitTarget(studio, args);
        if (kitId && studio.data.kit(kitId)) studio.workbench.openEditor(sequencesInput(kitId), { pinned: true });
      },
    });
  },
});
