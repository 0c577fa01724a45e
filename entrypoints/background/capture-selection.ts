import { FORMAT_NAME, FORMAT_VERSION, type Kit, type KitItem } from '../../content-kit';
import type { KitStore } from '../../utils/store/create-kit-store';

/** The kit that collects what the user saves from pages. */
export const INBOX_KIT_ID = 'inbox';

const emptyInbox = (now: string): Kit => ({
  format: FORMAT_NAME,
  formatVersion: FORMAT_VERSION,
  id: INBOX_KIT_ID,
  name: '收件箱 Inbox',
  version: '1.0.0',
  updatedAt: now,
  description: '从微博、豆瓣和微信页面上选中保存的灵感。Ideas saved from pages with “保存到内容包 / Save to kit”.',
  items: [],
});

/** Saves selected page text as an idea (a script draft) in the Inbox kit, with the page it came from. */
export async function captureSelection(store: KitStore, selection: { text: string; url?: string; pageTitle?: string }, now = new Date()): Promise<KitItem> {
  const text = selection.text.trim().slice(0, 20_000);
  if (!text) throw new Error('Nothing selected');
  const stamp = now.toISOString();
  const item: KitItem = {
    id: `idea-${now.getTime().toString(36)}`,
    kind: 'script',
    title: [...text.replace(/\s+/g, ' ')].slice(0, 24).join(''),
    body: text,
    tags: ['灵感'],
    updatedAt: stamp,
    ...(selection.url && { 'x-source-url': selection.url }),
    ...(selection.pageTitle && { 'x-source-title': selection.pageTitle.slice(0, 200) }),
  };
  if (!(await store.getKit(INBOX_KIT_ID))) await store.putKit(emptyInbox(stamp));
  await store.updateKit(INBOX_KIT_ID, (kit) => {
    while (kit.items.some((i) => i.id === item.id)) item.id += 'x';
    return { ...kit, updatedAt: stamp, items: [...kit.items, item] };
  });
  return item;
}
