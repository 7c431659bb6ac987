import { describe, expect, it } from 'vitest';
import { ApiClient } from '../api/client.js';
import type { Tenant, UnitsPreview } from '../api/types.js';
import { expectNoAxeViolations, fakeApi, mount, shadowText, waitFor } from '../test-utils/helpers.js';
import { rowsToCsv } from './csv.js';

const TENANT: Tenant = {
  id: 't1',
  name: 'Nordvik',
  k: 5,
  retentionDays: null,
  allowedOrigins: [],
  createdOn: '2026-12-01',
};
const BAD: UnitsPreview = {
  ok: false,
  header: null,
  badRows: 1,
  rows: [
    { row: 1, values: { id: 'sales', parent: '', name: 'Sales', headcount: '2', locale: '' }, problems: [] },
    {
      row: 2,
      values: { id: 'north', parent: 'nowhere', name: 'North', headcount: '9', locale: '' },
      problems: [{ field: 'parent', rule: 'must be the id of another unit' }],
    },
  ],
};

describe('<balanse-admin-units>', () => {
  it('shows the tree in reading order, and a dropped file’s bad row as fields to fix, with the rule broken', async () => {
    const calls = fakeApi({
      'GET /v1/tenants/t1/units': {
        json: [
          { id: 'north', parent: 'sales', name: 'North' },
          { id: 'sales', name: 'Sales', headcount: 2 },
        ],
      },
      'POST /v1/tenants/t1/units/preview': {
        status: 422,
        json: { error: { code: 'invalid_input', message: 'row 2: parent' }, preview: BAD },
      },
    });
    const el = await mount('balanse-admin-units', { api: new ApiClient('bal_x'), tenant: TENANT });
    await waitFor(() => shadowText(el).includes('North'), 'the tree');
    const names = [...el.shadowRoot!.querySelectorAll('table[part="tree"] tbody td:first-child')].map((td) => [
      td.textContent.trim(),
      td.getAttribute('data-depth'),
    ]);
    expect(names).toEqual([
      ['Sales', '0'],
      ['North', '1'],
    ]);
    const zone = el.shadowRoot!.querySelector('[part="drop-zone"]')!;
    const data = new DataTransfer();
    data.items.add(
      new File(['id,parent,name,headcount\nsales,,Sales,2\nnorth,nowhere,North,9\n'], 'units.csv', {
        type: 'text/csv',
      }),
    );
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await waitFor(() => shadowText(el).includes('1 row needs fixing'), 'the preview');
    expect(calls.find((c) => c.url.endsWith('/preview'))!.body).toContain('north,nowhere,North,9');
    const parent = el.shadowRoot!.querySelector('input[aria-label="parent, row 2"]') as HTMLInputElement;
    expect(parent.getAttribute('aria-invalid')).toBe('true');
    expect(el.shadowRoot!.activeElement).toBe(parent);
    expect(shadowText(el)).toContain('parent: must be the id of another unit');
    // Rows that are fine are text, not fields.
    expect(el.shadowRoot!.querySelector('input[aria-label="parent, row 1"]')).toBeNull();
    expect(el.shadowRoot!.querySelector('[style]')).toBeNull();
    await expectNoAxeViolations();
  });

  it('writes the fixed rows back as CSV, quoting what needs it', () => {
    expect(
      rowsToCsv([
        { id: 'a', parent: '', name: 'Sales, North', headcount: '3', locale: '' },
        { id: 'b', parent: 'a', name: 'He said "hi"', headcount: '', locale: 'sv' },
      ]),
    ).toBe('id,parent,name,headcount,locale\r\na,,"Sales, North",3,\r\nb,a,"He said ""hi""",,sv\r\n');
  });
});
