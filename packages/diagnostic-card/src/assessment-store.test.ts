import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Diagnostic } from '@spf-wellbeing/feed';
import { AssessmentStore, STORAGE_PREFIX } from './assessment-store.js';

const diagnostic: Diagnostic = {
  id: 'store-test',
  title: { '*': 'Store test' },
  scale: [
    { value: 0, label: { '*': 'No' } },
    { value: 1, label: { '*': 'Yes' } },
  ],
  sections: [
    {
      id: 's',
      title: { '*': 'S' },
      resources: [],
      statements: [
        { id: 'a', text: { '*': 'A' } },
        { id: 'b', text: { '*': 'B' } },
      ],
    },
  ],
};
const KEY = `${STORAGE_PREFIX}store-test`;

/** A host that counts the updates the store asks for, and connects its controllers. */
function host() {
  const controllers: ReactiveController[] = [];
  const fake = {
    updates: 0,
    addController: (controller: ReactiveController) => controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => void fake.updates++,
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((controller) => controller.hostConnected?.()),
    disconnect: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  } satisfies ReactiveControllerHost & Record<string, unknown>;
  return fake;
}

const saved = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as { answers: object; setAside: object } | null;

describe('AssessmentStore', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  it('reads what was saved, setting aside answers the diagnostic does not have', () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ format: 'spf-diagnostic', version: 1, diagnostic: 'store-test', answers: { a: 1, gone: 0 } }),
    );
    const store = new AssessmentStore(host());
    expect(store.open('store-test', diagnostic)).to.equal(true);
    expect(store.answers).to.deep.equal({ a: 1 });
    expect(store.setAside).to.deep.equal({ gone: 0 });
    expect(store.storageOk).to.equal(true);
    // The same assessment again is not a new one.
    expect(store.open('store-test', diagnostic)).to.equal(false);
  });

  it('saves every change, says once when the last answer completes it, and removes the key when cleared', () => {
    const fake = host();
    const store = new AssessmentStore(fake);
    store.open('store-test', diagnostic);
    expect(store.answer('a', 0)?.completed).to.equal(false);
    expect(saved()?.answers).to.deep.equal({ a: 0 });
    const change = store.answer('b', 1);
    expect(change?.completed).to.equal(true);
    expect(change?.scores.complete).to.equal(true);
    expect(store.answer('b', 0)?.completed).to.equal(false);
    expect(store.answer('b', undefined)?.scores.complete).to.equal(false);
    expect(saved()?.answers).to.deep.equal({ a: 0 });
    expect(fake.updates).to.equal(4);
    store.clear();
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(store.answers).to.deep.equal({});
  });

  it('says when what was saved cannot be read, and starts empty', () => {
    localStorage.setItem(KEY, '{ not json');
    const store = new AssessmentStore(host());
    store.open('store-test', diagnostic);
    expect(store.storageUnreadable).to.equal(true);
    expect(store.storageOk).to.equal(true);
    expect(store.answers).to.deep.equal({});
  });

  it('follows another tab that changes the same assessment, while connected', () => {
    const fake = host();
    const store = new AssessmentStore(fake);
    fake.connect();
    store.open('store-test', diagnostic);
    localStorage.setItem(
      KEY,
      JSON.stringify({ format: 'spf-diagnostic', version: 1, diagnostic: 'store-test', answers: { b: 1 } }),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: `${STORAGE_PREFIX}other` }));
    expect(store.answers).to.deep.equal({});
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    expect(store.answers).to.deep.equal({ b: 1 });
    expect(fake.updates).to.equal(1);
    fake.disconnect();
    localStorage.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(store.answers).to.deep.equal({ b: 1 });
  });

  it('keeps answers in memory and says so when storage refuses them', () => {
    const store = new AssessmentStore(host());
    store.open('store-test', diagnostic);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('Full', 'QuotaExceededError');
    };
    try {
      store.answer('a', 1);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    expect(store.storageOk).to.equal(false);
    expect(store.answers).to.deep.equal({ a: 1 });
  });
});
