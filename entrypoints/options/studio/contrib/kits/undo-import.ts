import { t } from '../../../../../components/i18n/t';
import { ImportChangedSinceError, ImportGoneError, type UndoDiscard } from '../../../../../utils/store/store-errors';
import type { ImportRecord } from '../../../../../utils/store/store-schema';
import type { StudioContext } from '../../shell/studio-context';
import { isolateText } from './isolate-text';

/** When an undo asks first: always, or only when it would discard a change made after the import. */
export type UndoAsk = 'always' | 'if-changed';

const when = (at: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(at);

/** An import as a person names it: its kit and its time. */
export const importLabel = (entry: ImportRecord) => t('importUndoLabel', isolateText(entry.kitName), when(entry.at));

/** The question to ask before undoing, saying what would be discarded when the kit changed since. */
function question(entry: ImportRecord, discard: UndoDiscard | null): string {
  const name = isolateText(entry.kitName);
  if (discard) return t('importUndoChanged', name, when(entry.at), discard.items.length, discard.entries.length + (discard.meta ? 1 : 0));
  return entry.created ? t('importUndoCreated', name) : t('importUndoConfirm', name, when(entry.at));
}

/** The titles of the items undoing would discard, the first few, for the question's second line. */
function discardedTitles(studio: StudioContext, kitId: string, discard: UndoDiscard): string {
  const titles = discard.items.slice(0, 5).map((id) => isolateText(studio.data.item(kitId, id)?.title ?? id));
  return `${titles.join(' · ')}${discard.items.length > titles.length ? ' …' : ''}`;
}

/**
 * Undoes one import, and only that one. It asks first when `ask` is 'always', and in every case when the kit changed
 * since the import (saying how much would be discarded); nothing is discarded without a yes. Resolves to whether it
 * was undone.
 */
export async function undoImport(studio: StudioContext, importId: string, ask: UndoAsk): Promise<boolean> {
  const store = studio.data.store;
  const gone = async () => {
    studio.workbench.notify({ severity: 'warning', message: t('importUndoGone') });
    await studio.data.reloadParts({ imports: true });
    return false;
  };
  const entry = (await store.imports()).find((e) => e.id === importId);
  if (!entry) return gone();
  let discard: UndoDiscard | null;
  try {
    discard = await store.undoPreview(importId);
  } catch (error) {
    if (error instanceof ImportGoneError) return gone();
    throw error;
  }
  if (discard || ask === 'always') {
    const answer = await studio.workbench.quickPick({
      hook: 'confirm',
      placeholder: question(entry, discard),
      items: [
        { id: 'no', label: t('cancel') },
        { id: 'yes', label: discard ? t('importUndoDiscard') : t('kitsUndoImport'), ...(discard?.items.length && { detail: discardedTitles(studio, entry.kitId, discard) }) },
      ],
    });
    if (answer?.id !== 'yes') return false;
  }
  try {
    // Accepted is only what was shown: a change made while the question was open asks again.
    await store.undoImport(importId, discard);
  } catch (error) {
    if (error instanceof ImportChangedSinceError) return undoImport(studio, importId, 'always');
    if (error instanceof ImportGoneError) return gone();
    throw error;
  }
  await studio.data.reloadParts({ kitIds: [entry.kitId], records: true, imports: true });
  studio.workbench.notify({ severity: 'info', message: t('importUndone', isolateText(entry.kitName)) });
  return true;
}
