import { describe, expect, it } from 'vitest';
import { ApiClient } from '../api/client.js';
import type { Round, Tenant } from '../api/types.js';
import { expectNoAxeViolations, fakeApi, mount, shadowText, waitFor } from '../test-utils/helpers.js';

const TENANT: Tenant = {
  id: 't1',
  name: 'Nordvik',
  k: 5,
  retentionDays: null,
  allowedOrigins: [],
  createdOn: '2026-12-01',
};
const ROUND: Round = {
  id: 'r1',
  tenantId: 't1',
  name: 'Spring',
  locale: 'en',
  instrument: { id: 'balanse', version: '1.1.0' },
  k: 5,
  selfForm: true,
  status: 'open',
  createdOn: '2026-12-01',
  openedOn: '2026-12-01',
  closedOn: null,
  purgedOn: null,
};
const base = '/v1/tenants/t1/rounds/r1';

describe('<balanse-admin-round>', () => {
  it('shows participation against expected, the units below k and nothing else about them, and updates while open', async () => {
    let responded = 2;
    fakeApi({
      [`GET ${base}`]: { json: ROUND },
      [`GET ${base}/units`]: {
        json: [
          { id: 'north', parent: null, name: 'North', headcount: 6 },
          { id: 'south', parent: null, name: 'South', headcount: null },
        ],
      },
      [`GET ${base}/participation`]: () => ({
        json: [
          { unit: 'north', responded, expected: 6 },
          { unit: 'south', responded: 7, expected: null },
        ],
      }),
      [`GET ${base}/links`]: { json: [{ unit: 'north', kind: 'team', url: 'http://x/s/t1/abc' }] },
      [`GET ${base}/report-links`]: { json: [{ unit: 'north', url: 'http://x/r/t1/def' }] },
    });
    const el = await mount('balanse-admin-round', {
      api: new ApiClient('bal_x'),
      tenant: TENANT,
      roundId: 'r1',
      refreshInterval: 20,
    });
    await waitFor(() => shadowText(el).includes('2 of 6'), 'participation');
    expect(shadowText(el)).toContain('7 (expected number unknown)');
    expect(shadowText(el)).toContain('Below k (5) so far: North.');
    const meter = el.shadowRoot!.querySelector('tr[data-unit="north"] meter')!;
    expect(meter.getAttribute('value')).toBe('2');
    expect(meter.getAttribute('max')).toBe('6');
    responded = 5;
    await waitFor(() => shadowText(el).includes('5 of 6'), 'participation moves');
    await waitFor(() => shadowText(el).includes('Every unit has at least k (5) answers.'), 'no unit below k');
    expect(el.shadowRoot!.querySelector('[style]')).toBeNull();
    await expectNoAxeViolations();
  });

  it('says when participation cannot be updated, keeps the last figures with their time, and recovers', async () => {
    let down = false;
    let responded = 2;
    fakeApi({
      [`GET ${base}`]: { json: ROUND },
      [`GET ${base}/units`]: { json: [{ id: 'north', parent: null, name: 'North', headcount: 6 }] },
      [`GET ${base}/participation`]: () => {
        if (down) throw new TypeError('Failed to fetch');
        return { json: [{ unit: 'north', responded, expected: 6 }] };
      },
      [`GET ${base}/links`]: { json: [] },
      [`GET ${base}/report-links`]: { json: [] },
    });
    const el = await mount('balanse-admin-round', {
      api: new ApiClient('bal_x'),
      tenant: TENANT,
      roundId: 'r1',
      refreshInterval: 20,
    });
    await waitFor(() => shadowText(el).includes('2 of 6'), 'participation');
    expect(el.shadowRoot!.querySelector('[data-stale]')).toBeNull();
    down = true;
    responded = 3;
    await waitFor(() => el.shadowRoot!.querySelector('[data-stale]') !== null, 'the notice');
    const notice = el.shadowRoot!.querySelector('[data-stale]')!.textContent.replace(/\s+/g, ' ');
    expect(notice).toContain('Could not reach the server.');
    expect(notice).toMatch(/These figures are from \d\d:\d\d:\d\d; they update again once the server answers\./);
    expect(shadowText(el)).toContain('2 of 6');
    expect(shadowText(el)).not.toContain('Last updated');
    await expectNoAxeViolations();
    down = false;
    await waitFor(
      () => shadowText(el).includes('3 of 6') && !el.shadowRoot!.querySelector('[data-stale]'),
      'recovered',
    );
    expect(shadowText(el)).toContain('Last updated');
  });

  it('asks before deleting, naming what will be lost, and puts focus on the confirmation', async () => {
    fakeApi({
      [`GET ${base}`]: { json: { ...ROUND, status: 'draft' } },
    });
    const el = await mount('balanse-admin-round', { api: new ApiClient('bal_x'), tenant: TENANT, roundId: 'r1' });
    await waitFor(() => shadowText(el).includes('Open the round'), 'the draft');
    (el.shadowRoot!.querySelector('[data-action="delete"]') as HTMLButtonElement).click();
    await waitFor(() => el.shadowRoot!.querySelector('[role="alertdialog"]') !== null, 'the confirmation');
    await el.updateComplete;
    expect(shadowText(el)).toContain('Delete “Spring”? This deletes all 0 answers');
    expect(el.shadowRoot!.activeElement?.textContent).toContain('Yes, delete “Spring” and everything in it');
    await expectNoAxeViolations();
  });
});
