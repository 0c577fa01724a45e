import type { EntryStatus } from '../../content-kit';
import type { Snapshot, SnapshotDelta } from '../snapshot/snapshot-types';

/** Every runtime message: its request and its response. Messages are JSON only. */
export interface MessageMap {
  ping: { request: Record<string, never>; response: { ok: true; version: string } };
  /** The snapshot, unless the caller already has this version; the changes since `have` when they are few. */
  'snapshot.get': { request: { have?: number }; response: { snapshot: Snapshot } | { unchanged: true; version: number } | { delta: SnapshotDelta } };
  'usage.record': { request: { key: string }; response: { ok: true } };
  'favourite.set': { request: { key: string; on: boolean }; response: { ok: true } };
  /** "Remember for this blank": one profile value by blank name; an empty value forgets it. */
  'profile.set': { request: { name: string; value: string }; response: { ok: true } };
  'calendar.setStatus': { request: { kitId: string; entryId: string; status: EntryStatus }; response: { ok: true } };
  /** Adds phrases to the user's lint allow-list (a finding's "always allow" in the sidebar). */
  'lint.allow': { request: { phrases: string[] }; response: { ok: true } };
  'studio.open': { request: { itemKey?: string }; response: { ok: true } };
  /** A page wrote to the store (and may have woken this worker to say so); `change` is the store's change, checked on arrival. */
  'store.changed': { request: { change?: unknown }; response: { ok: true } };
  /** Background → content script: toggle the sidebar (toolbar button, keyboard command). */
  'sidebar.toggle': { request: Record<string, never>; response: { ok: true } };
}

export type MessageType = keyof MessageMap;
export type Request<T extends MessageType> = MessageMap[T]['request'];
export type Response<T extends MessageType> = MessageMap[T]['response'];

/** The envelope on the wire; `ck` marks our messages so the router never answers anyone else's. */
export interface Envelope<T extends MessageType = MessageType> {
  ck: 1;
  type: T;
  payload: Request<T>;
}
