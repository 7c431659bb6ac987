import { ReactiveElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { FormControlController, type FormSnapshot } from './form-control.js';

class FormHost extends ReactiveElement {
  static formAssociated = true;
  snapshot: FormSnapshot = { states: {} };
  readonly control = new FormControlController(this, () => this.snapshot);
}
customElements.define('test-form-control-host', FormHost);

async function mountInForm(snapshot: FormSnapshot) {
  const form = document.createElement('form');
  const host = new FormHost();
  host.setAttribute('name', 'survey');
  host.snapshot = snapshot;
  form.append(host);
  document.body.append(form);
  await host.updateComplete;
  return { form, host };
}

afterEach(() => document.body.replaceChildren());

describe('FormControlController', () => {
  it('gives the form the snapshot’s entries after an update', async () => {
    const { form, host } = await mountInForm({
      states: {},
      value: {
        entries: [
          ['s.q01', '4'],
          ['s.q02', ''],
        ],
        state: '{}',
      },
    });
    expect([...new FormData(form).entries()]).toEqual([
      ['s.q01', '4'],
      ['s.q02', ''],
    ]);
    host.snapshot = { states: {}, value: { entries: [['s.q01', '5']], state: '{}' } };
    host.requestUpdate();
    await host.updateComplete;
    expect([...new FormData(form).entries()]).toEqual([['s.q01', '5']]);
  });

  it('is invalid (valueMissing) with the message while something is missing, valid after', async () => {
    const { host } = await mountInForm({
      states: {},
      value: { entries: [], state: '{}', missing: { message: 'Svar på alt' } },
    });
    expect(host.control.internals?.checkValidity()).toBe(false);
    expect(host.control.internals?.validity.valueMissing).toBe(true);
    expect(host.control.internals?.validationMessage).toBe('Svar på alt');
    host.snapshot = { states: {}, value: { entries: [], state: '{}' } };
    host.requestUpdate();
    await host.updateComplete;
    expect(host.control.internals?.checkValidity()).toBe(true);
    expect(host.control.internals?.validationMessage).toBe('');
  });

  it('turns custom states on and off for :state() selectors', async () => {
    const { host } = await mountInForm({ states: { queued: true, failed: false } });
    expect(host.matches(':state(queued)')).toBe(true);
    expect(host.matches(':state(failed)')).toBe(false);
    host.snapshot = { states: { queued: false, failed: true } };
    host.requestUpdate();
    await host.updateComplete;
    expect(host.matches(':state(queued)')).toBe(false);
    expect(host.matches(':state(failed)')).toBe(true);
  });

  it('leaves the form value alone while the snapshot has none', async () => {
    const { form } = await mountInForm({ states: { error: true } });
    expect([...new FormData(form).entries()]).toEqual([]);
  });
});
