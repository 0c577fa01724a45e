import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../../utils/messaging/create-router';

describe('the message router', () => {
  const route = createRouter({ ping: async () => ({ ok: true, version: '1' }) });
  const sender = {};

  it('answers its own envelopes', async () => {
    await expect(route({ ck: 1, type: 'ping', payload: {} }, sender)).resolves.toEqual({ ok: true, version: '1' });
  });

  it('leaves everything else unanswered, so other listeners can answer it', () => {
    for (const message of [null, 'ping', { type: 'ping' }, { ck: 2, type: 'ping' }, { ck: 1, type: 'unknown', payload: {} }, { ck: 1, type: 'constructor' }, { ck: 1, type: '__proto__' }])
      expect(route(message, sender)).toBeUndefined();
  });
});
