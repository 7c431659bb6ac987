/**
 * A round keeps the instrument version it opened with, on both engines: its page shows that
 * version's items, it takes answers in that version only, and it is released and reported under it.
 * Rounds opened before an upgrade of Balanse therefore keep their wording and their scoring.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrument, type Report } from '@balanse/core';
import { BUILT_IN_VERSIONS } from '@balanse/core/instrument';
import { ENGINES } from './helpers/engines.js';
import { refusal } from './helpers/http.js';
import { harness, openRound, send, submission, type Harness } from './helpers/harness.js';

const OLD = '1.0.0';
const oldItems = BUILT_IN_VERSIONS[OLD]!.items;

describe.each(ENGINES)('instrument versions on $name', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    if (engine.available) h = await harness(engine);
  });
  afterAll(async () => {
    if (engine.available) await h.close();
  });
  const test = engine.available ? it : it.skip;

  test('a round opened with an earlier version takes, shows and reports that version only', async () => {
    expect(instrument.version).not.toBe(OLD);
    const r = await openRound(h, [{ id: 'a', name: 'A' }]);
    // As if the round had opened before this version of Balanse: its row names 1.0.0.
    await h.database.db.query('UPDATE round SET instrument_version = $3 WHERE tenant_id = $1 AND id = $2', [
      r.tenant,
      r.round,
      OLD,
    ]);
    const url = r.link('a');

    const page = await h.ok<string>(url, { token: null });
    expect(page).toContain(`data-survey-instrument="/assets/instrument-${OLD}.json"`);
    expect(page).toContain('<template><balanse-survey');
    const served = await h.ok<{ version: string; items: { id: string }[] }>(`/assets/instrument-${OLD}.json`, {
      token: null,
    });
    expect(served.version).toBe(OLD);
    expect(served.items.map((i) => i.id)).toEqual(oldItems.map((i) => i.id));
    expect((await h.request('/assets/instrument-9.9.9.json', { token: null })).status).toBe(404);

    const current = await send(h, url, submission(4));
    expect(current.status).toBe(422);
    expect(await refusal(current)).toMatchObject({ field: 'instrument.version' });
    const answersIn = (value: number) => Object.fromEntries(oldItems.map((item) => [item.id, value]));
    for (const value of [4, 5, 4, 3, 4, 5]) {
      const body = submission(4, { instrument: { id: instrument.id, version: OLD }, answers: answersIn(value) });
      expect((await send(h, url, body)).status).toBe(201);
    }

    await h.ok(`${r.base}/close`, { method: 'POST' });
    const report = await h.ok<Report>(`${r.base}/report?unit=a&locale=en`);
    expect(report.status).toBe('ok');
    expect(report.instrument.version).toBe(OLD);
  });

  test('a round of the current version serves the survey straight away', async () => {
    const r = await openRound(h, [{ id: 'a', name: 'A' }]);
    const page = await h.ok<string>(r.link('a'), { token: null });
    expect(page).not.toContain('data-survey-instrument');
    expect(page).toMatch(/<balanse-survey\s[^>]*\blang="en"/);
  });
});
