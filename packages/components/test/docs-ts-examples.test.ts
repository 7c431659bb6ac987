/**
 * The browser-side TypeScript examples of the docs (```ts browser blocks), run in Chromium against
 * the real elements. The objects they talk about exist here as fixtures: `map`, `board`,
 * `advisor` and `survey` are mounted elements; `summary`, `zone`, `balance` and `report` come from
 * core on a synthetic team; `save`/`load` and `myStore` keep data in memory; `myInstrument` is a
 * valid custom instrument.
 */
import { assessBalance, buildReport, instrument, summarizeTeam, type Instrument } from '@balanse/core';
import { PROFILES, syntheticTeam } from '@balanse/core/synthetic';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectedValue } from '../../../docs/test/expected.js';

// Every element, from each element folder's define file.
import.meta.glob('../src/*/define.ts', { eager: true });

const modules = import.meta.glob<{ where: string }>('./generated-docs-examples/*.ts');
const names = import.meta.glob<Record<string, string>>('./generated-docs-examples/index.json', {
  eager: true,
  import: 'default',
});
const whereOf = Object.values(names)[0] ?? {};

declare global {
  var __expectExample: (actual: () => unknown, expected: string, where: string) => void;
  var __docsFixtures: Record<string, unknown>;
}

globalThis.__expectExample = (actual, expectedSource, where) => {
  const { value: expected, partial } = expectedValue(expectedSource);
  if (partial) expect(actual(), where).toMatchObject(expected as object);
  else expect(actual(), where).toEqual(expected);
};

let container: HTMLElement;

beforeEach(() => {
  const summary = summarizeTeam(syntheticTeam(11, 8, PROFILES.comfort));
  const stored: unknown[] = [];
  container = document.createElement('div');
  container.innerHTML = `
    <balanse-zone-map></balanse-zone-map>
    <balanse-balance-board></balanse-balance-board>
    <balanse-style-advisor></balanse-style-advisor>
    <balanse-survey survey-id="docs-example-${Math.random().toString(36).slice(2)}" storage="none"></balanse-survey>
    <balanse-report></balanse-report>`;
  document.body.append(container);
  let saved: unknown = [];
  const myInstrument: Instrument = { ...instrument, id: 'docs-example', version: '1.0.0' };
  globalThis.__docsFixtures = {
    map: container.querySelector('balanse-zone-map'),
    board: container.querySelector('balanse-balance-board'),
    advisor: container.querySelector('balanse-style-advisor'),
    survey: container.querySelector('balanse-survey'),
    summary,
    zone: summary.status === 'ok' ? summary.zone : null,
    balance: assessBalance({ relation: 80, system: 50, administration: 70 }),
    report: buildReport({ team: summary }, { locale: 'en', teamName: 'Sales North', invited: 9 }),
    save: (value: unknown) => void (saved = value),
    load: () => Promise.resolve(saved),
    myStore: { add: (...args: unknown[]) => void stored.push(args) },
    myInstrument,
  };
});

afterEach(() => container.remove());

describe('the browser examples of the docs', () => {
  const entries = Object.entries(modules);

  it('are found', () => {
    expect(entries.length).toBeGreaterThan(5);
  });

  it.each(entries.map(([path, load]) => [whereOf[path.split('/').pop()!] ?? path, load] as const))(
    '%s runs and shows the right results',
    async (_, load) => {
      const module = await load();
      expect(module.where).toBeTruthy();
    },
  );
});
