/** JSON-document rules against an in-memory DocumentStore: replace, patch, ETags, contention, aliases. */
import { describe, expect, it } from 'vitest';
import {
  applySessionFeedback,
  type DocumentContext,
  patchDocument,
  readDocument,
  replaceDocument,
  SizeExceeded,
} from '../../../lambdas/domain/document/document-service.js';
import { InMemoryDocumentStore } from '../../support/in-memory-ports.js';

const alice = { projectId: 'p', sub: 'alice' };
const bob = { projectId: 'p', sub: 'bob' };

const context = (
  store: InMemoryDocumentStore,
  extra: Partial<DocumentContext> = {},
): DocumentContext => ({ store, owner: alice, maxBytes: 100, ...extra });

describe('replace and patch', () => {
  it('replace stores the object; patch merges it (RFC 7396); each write bumps the version', async () => {
    const store = new InMemoryDocumentStore();
    expect(await readDocument({ store, owner: alice })).toEqual({ data: {}, version: 0 });
    await replaceDocument(context(store), { a: 1, b: { c: 2 } });
    const patched = await patchDocument(context(store), { b: { c: null, d: 3 }, e: 'x' });
    expect(patched).toMatchObject({ data: { a: 1, b: { d: 3 }, e: 'x' }, version: 2 });
    expect(await readDocument({ store, owner: alice })).toEqual({
      data: { a: 1, b: { d: 3 }, e: 'x' },
      version: 2,
    });
    expect(await readDocument({ store, owner: bob })).toEqual({ data: {}, version: 0 });
  });

  it('refuses a store over the size limit, keeping the old one', async () => {
    const store = new InMemoryDocumentStore();
    await replaceDocument(context(store), { a: 1 });
    await expect(replaceDocument(context(store), { a: 'x'.repeat(100) })).rejects.toBeInstanceOf(
      SizeExceeded,
    );
    await expect(patchDocument(context(store), { b: 'x'.repeat(100) })).rejects.toMatchObject({
      limit: 100,
    });
    expect((await readDocument({ store, owner: alice })).data).toEqual({ a: 1 });
  });

  it('If-Match: a stale version is precondition_failed, the current one writes', async () => {
    const store = new InMemoryDocumentStore();
    await replaceDocument(context(store), { a: 1 });
    await expect(replaceDocument(context(store, { ifMatch: 0 }), { a: 2 })).rejects.toMatchObject({
      code: 'precondition_failed',
    });
    expect(await replaceDocument(context(store, { ifMatch: 1 }), { a: 2 })).toMatchObject({
      version: 2,
    });
  });

  it('a write that loses to a concurrent one is retried on the new version', async () => {
    const store = new InMemoryDocumentStore();
    await replaceDocument(context(store), { a: 1 });
    store.lostWrites = 2;
    const saved = await patchDocument(context(store), { b: 2 });
    // Two concurrent writes landed (versions 2 and 3), then ours.
    expect(saved).toMatchObject({ data: { a: 1, b: 2 }, version: 4 });
  });

  it('with If-Match, losing to a concurrent write is precondition_failed, not a retry', async () => {
    const store = new InMemoryDocumentStore();
    await replaceDocument(context(store), { a: 1 });
    store.lostWrites = 1;
    await expect(patchDocument(context(store, { ifMatch: 1 }), { b: 2 })).rejects.toMatchObject({
      code: 'precondition_failed',
    });
    expect((await readDocument({ store, owner: alice })).data).toEqual({ a: 1 });
  });
});

describe('applySessionFeedback', () => {
  const at = (type: 'authentication_performed' | 'alias_updated', alias: string) => ({
    type,
    alias,
    time: 1,
  });

  it('sets the alias once; the same alias again is a no-op, another one a conflict', async () => {
    const store = new InMemoryDocumentStore();
    await applySessionFeedback(store, alice, [at('authentication_performed', 'al')]);
    await applySessionFeedback(store, alice, [at('authentication_performed', 'al')]);
    expect((await store.read(alice)).alias).toBe('al');
    await expect(
      applySessionFeedback(store, alice, [at('authentication_performed', 'other')]),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('an alias is unique in the project: another user cannot take it', async () => {
    const store = new InMemoryDocumentStore();
    await applySessionFeedback(store, alice, [at('authentication_performed', 'al')]);
    await expect(
      applySessionFeedback(store, bob, [at('authentication_performed', 'al')]),
    ).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('another user') });
    await applySessionFeedback(store, { projectId: 'q', sub: 'bob' }, [
      at('authentication_performed', 'al'),
    ]);
  });

  it('alias_updated moves it (the old one is free), alias_deleted deletes it with the store', async () => {
    const store = new InMemoryDocumentStore();
    await applySessionFeedback(store, alice, [at('authentication_performed', 'one')]);
    await replaceDocument(context(store), { kept: true });
    await applySessionFeedback(store, alice, [at('alias_updated', 'two')]);
    expect(await store.read(alice)).toMatchObject({ alias: 'two', data: { kept: true } });
    await applySessionFeedback(store, bob, [at('authentication_performed', 'one')]);
    await expect(
      applySessionFeedback(store, alice, [{ type: 'alias_deleted', alias: 'one', time: 2 }]),
    ).rejects.toMatchObject({ code: 'conflict' });
    await applySessionFeedback(store, alice, [{ type: 'alias_deleted', time: 2 }]);
    expect(await store.read(alice)).toEqual({ data: {}, version: 0 });
  });
});
