import type { OutboxEntry } from '../../src/delivery/deliver-stories.ts';
import type { NewsStore } from '../../src/store/store-types.ts';

/**
 * What the outbox records before a delivery's first send: the attempt (maybeSent). Tests that
 * send behind the outbox's back to stage "sent, then the process died before recording it" call
 * this first, as the outbox would have.
 */
export async function recordAttempt(store: NewsStore, key: string): Promise<void> {
  const entry = await store.getRecord<OutboxEntry>(key);
  if (!entry) throw new Error(`no outbox entry ${key}`);
  await store.setRecord<OutboxEntry>(key, { ...entry, maybeSent: true });
}
