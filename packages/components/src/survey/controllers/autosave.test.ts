import { ReactiveElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unique } from '../../../test/helpers.js';
import { draftKey, type Draft } from '../autosave.js';
import type { StorageMode } from '../../base/storage.js';
import { AutosaveController } from './autosave.js';

class SavingHost extends ReactiveElement {
  draft: Draft | undefined;
  readonly autosave = new AutosaveController(this, () => this.draft);
}
customElements.define('test-autosave-host', SavingHost);

const itemIds = new Set(['q01', 'q02']);

function address(surveyId: string, storage: StorageMode = 'local') {
  return { surveyId, instrumentKey: 'test@1', form: 'team', storage, itemIds, pages: 2 };
}

const draft = (submissionId: string): Draft => ({
  answers: { q01: 4 },
  page: 1,
  pageTimes: [1200, 300],
  submissionId,
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('AutosaveController', () => {
  it('writes nothing before a draft is opened', () => {
    const el = new SavingHost();
    el.draft = draft(unique('sub'));
    el.autosave.save();
    expect(el.autosave.key).toBe('');
    expect(el.autosave.store).toBeUndefined();
  });

  it('saves the snapshot under the draft key and reads it back, checked', () => {
    const surveyId = unique();
    const el = new SavingHost();
    expect(el.autosave.open(address(surveyId))).toBeUndefined();
    expect(el.autosave.key).toBe(draftKey(surveyId, 'test@1', 'team'));
    const id = unique('sub');
    el.draft = draft(id);
    el.autosave.save();
    expect(JSON.parse(localStorage.getItem(el.autosave.key)!)).toEqual(draft(id));
    expect(new SavingHost().autosave.open(address(surveyId))).toEqual(draft(id));
  });

  it('writes nothing while the snapshot is undefined (submitted: the outbox holds the answers)', () => {
    const el = new SavingHost();
    el.autosave.open(address(unique()));
    el.draft = undefined;
    el.autosave.save();
    expect(localStorage.getItem(el.autosave.key)).toBeNull();
  });

  it('saves when its host leaves the page', () => {
    const el = document.body.appendChild(new SavingHost());
    el.autosave.open(address(unique()));
    el.draft = draft(unique('sub'));
    el.remove();
    expect(localStorage.getItem(el.autosave.key)).not.toBeNull();
  });

  it('keeps session drafts in sessionStorage and `none` drafts in memory only', () => {
    const session = new SavingHost();
    session.autosave.open(address(unique(), 'session'));
    session.draft = draft(unique('sub'));
    session.autosave.save();
    expect(sessionStorage.getItem(session.autosave.key)).not.toBeNull();
    expect(localStorage.getItem(session.autosave.key)).toBeNull();
    const none = new SavingHost();
    none.autosave.open(address(unique(), 'none'));
    none.draft = draft(unique('sub'));
    none.autosave.save();
    expect(localStorage.getItem(none.autosave.key)).toBeNull();
    expect(sessionStorage.getItem(none.autosave.key)).toBeNull();
    expect(none.autosave.degraded).toBe(false);
  });

  it('falls back to memory when storage refuses, says so, and asks its host to show it', () => {
    const el = new SavingHost();
    el.autosave.open(address(unique()));
    const update = vi.spyOn(el, 'requestUpdate');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    el.draft = draft(unique('sub'));
    el.autosave.save();
    expect(el.autosave.degraded).toBe(true);
    expect(update).toHaveBeenCalledTimes(1);
    vi.restoreAllMocks();
    // Still readable on this page.
    expect(el.autosave.store?.get(el.autosave.key)).toBe(JSON.stringify(el.draft));
  });

  it('clears the draft', () => {
    const el = new SavingHost();
    el.autosave.open(address(unique()));
    el.draft = draft(unique('sub'));
    el.autosave.save();
    el.autosave.clear();
    expect(localStorage.getItem(el.autosave.key)).toBeNull();
  });
});
