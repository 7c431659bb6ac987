import { buildReport, ZONES } from '@balanse/core';
import { zonesTexts } from '@balanse/core/messages';
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import './define.js';
import { borderlineZone, comfortTeam, fullReport, INJECTIONS, injected, selfResponse } from '../../test/fixtures.js';
import { $, $$, mount, overflowingParts, shadowText, smallTargets } from '../../test/helpers.js';
import { STRINGS } from './strings.js';
import { BalanseZoneMap } from './zone-map.js';

const comfort = comfortTeam.zone;
/** The SVG centre of a marker, back in 0–100 map units. */
const toMap = (x: number, y: number) => ({ safety: ((x - 72) / 380) * 100, standard: 100 - ((y - 12) / 380) * 100 });

describe('balanse-zone-map', () => {
  describe('defaults', () => {
    it('is registered and draws an empty map of the four zones, in words, with the cut at 62.5', async () => {
      const el = await mount('balanse-zone-map');
      expect(el).toBeInstanceOf(BalanseZoneMap);
      expect(
        $$(el, '[part="quadrant"]', SVGElement)
          .map((q) => q.dataset.zone)
          .sort(),
      ).toEqual([...ZONES].sort());
      for (const zone of ZONES) expect(shadowText(el)).toContain(zonesTexts.nb[zone].meaning);
      expect(shadowText(el)).toContain('Grense ved 62,5');
      expect($$(el, '[part="team-point"]', SVGElement)).toHaveLength(0);
      expect($$(el, '[part="self-marker"]', SVGElement)).toHaveLength(0);
      expect(shadowText(el)).toContain(STRINGS.nb.empty);
    });

    it('keeps the table for assistive technology only until it is asked for', async () => {
      const el = await mount('balanse-zone-map', { zone: comfort });
      expect($(el, '#table').className).toBe('visually-hidden');
      expect($(el, '[part="table-toggle"]').getAttribute('aria-expanded')).toBe('false');
    });
  });

  describe('properties', () => {
    it('places the team as a point with 80 % whiskers on both axes', async () => {
      const el = await mount('balanse-zone-map', { zone: comfort });
      const point = $(el, '[part="team-point"]', SVGElement);
      const at = toMap(Number(point.getAttribute('cx')), Number(point.getAttribute('cy')));
      expect(at.safety).toBeCloseTo(comfort.safety.score, 5);
      expect(at.standard).toBeCloseTo(comfort.standard.score, 5);
      const [horizontal, , , vertical] = $$(el, '[part="team-whisker"] line', SVGElement);
      expect(toMap(Number(horizontal!.getAttribute('x1')), 0).safety).toBeCloseTo(comfort.safety.interval[0], 5);
      expect(toMap(Number(horizontal!.getAttribute('x2')), 0).safety).toBeCloseTo(comfort.safety.interval[1], 5);
      expect(toMap(0, Number(vertical!.getAttribute('y2'))).standard).toBeCloseTo(comfort.standard.interval[0], 5);
      expect(toMap(0, Number(vertical!.getAttribute('y1'))).standard).toBeCloseTo(comfort.standard.interval[1], 5);
    });

    it('says in words where a clear team is, and frames that zone', async () => {
      const el = await mount('balanse-zone-map', { zone: comfort }, 'en');
      expect($(el, '[part="summary"]').textContent).toContain('The team is in the comfort zone.');
      expect($(el, '[part="summary"]').textContent).toContain(zonesTexts.en.comfort.meaning);
      expect($$(el, '[part="current-outline"]', SVGElement)).toHaveLength(1);
      expect($(el, '[part="zone"].current').dataset.zone).toBe('comfort');
      expect($(el, '[part="zone"].current [part="zone-marker"]').textContent).toBe('The team is here');
    });

    it('shows a borderline team as such: both candidate zones framed with dashes, and the border in words', async () => {
      const el = await mount('balanse-zone-map', { zone: borderlineZone }, 'en');
      expect(borderlineZone.candidates).toEqual(['stress', 'performance']);
      expect($$(el, '[part="candidate-outline"]', SVGElement)).toHaveLength(2);
      expect($$(el, '[part="current-outline"]', SVGElement)).toHaveLength(0);
      expect(shadowText(el)).toContain('The team is on the border between the stress zone and the performance zone.');
      expect($$(el, '[part="zone"].candidate').map((z) => z.dataset.zone)).toEqual(['stress', 'performance']);
      expect(shadowText(el)).toContain('Dashed frame: the zones the team may be in');
    });

    it('notes a split axis', async () => {
      const el = await mount('balanse-zone-map', { zone: borderlineZone }, 'en');
      expect(shadowText(el)).toContain('The team is split on perceived standard.');
      const rows = $$(el, 'tbody tr').map((r) => [...r.children].map((c) => c.textContent));
      expect(rows[1]).toEqual(['Perceived standard', '75', '69–81', 'High', 'Yes']);
    });

    it('draws the leader’s own placement as a labelled diamond, distinct from the team’s point', async () => {
      const el = await mount('balanse-zone-map', { zone: comfort, self: { safety: 80, standard: 75 } }, 'en');
      const marker = $(el, '[part="self-marker"]', SVGElement);
      expect(marker.localName).toBe('path');
      expect($(el, '[part="self-label"]', SVGElement).textContent).toBe('Manager');
      expect(shadowText(el)).toContain('The manager’s own placement: safety 80, standard 75.');
      expect($$(el, 'thead th').at(-1)!.textContent).toBe('Manager’s placement');
    });

    it('names the zone of the leader’s placement when core gives it', async () => {
      const el = await mount(
        'balanse-zone-map',
        { zone: comfort, self: { safety: 80, standard: 75, zone: 'performance' } },
        'en',
      );
      expect(shadowText(el)).toContain('The manager places the team in the performance zone.');
    });

    it('renders a Report’s zone with its own texts and the leader’s placement from it', async () => {
      const report = fullReport('sv');
      const el = await mount('balanse-zone-map', { zone: report.zone }, 'sv');
      expect(shadowText(el)).toContain(report.zone!.text);
      expect(shadowText(el)).toContain(report.zone!.self!.text);
      expect($$(el, '[part="self-marker"]', SVGElement)).toHaveLength(1);
      el.self = null;
      await el.updateComplete;
      expect($$(el, '[part="self-marker"]', SVGElement)).toHaveLength(0);
    });

    it('moves the cut lines with the cut attribute of an empty map', async () => {
      const el = await mount('balanse-zone-map');
      el.setAttribute('cut', '50');
      await el.updateComplete;
      const [vertical] = $$(el, '[part="cut-line"]', SVGElement);
      expect(vertical!.getAttribute('x1')).toBe(String(72 + 190));
      expect(shadowText(el)).toContain('Grense ved 50');
    });

    it('follows the nearest lang, also when it changes', async () => {
      const el = await mount('balanse-zone-map', { zone: comfort }, 'nn');
      expect(shadowText(el)).toContain('Teamet ligg i komfortsona.');
      el.parentElement!.lang = 'sv';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(shadowText(el)).toContain('Teamet befinner sig i komfortzonen.');
    });

    it('renders hostile report texts as text and runs nothing', async () => {
      const report = buildReport({ team: comfortTeam, self: selfResponse }, { locale: 'en' });
      const [a, b, c, d, e] = INJECTIONS as [string, string, string, string, string];
      const zone = {
        ...report.zone!,
        text: a,
        meaning: b,
        splitTexts: [c],
        self: { ...report.zone!.self!, text: d + e },
      };
      const el = await mount('balanse-zone-map', { zone }, 'en');
      await new Promise((r) => setTimeout(r, 50));
      expect(injected()).toBe(false);
      expect(el.shadowRoot!.querySelector('img, script, a, svg svg')).toBeNull();
      expect(shadowText(el)).toContain(a);
    });

    it('draws nothing for data that is not a zone', async () => {
      const el = await mount('balanse-zone-map', { zone: { nonsense: true } as never });
      expect($$(el, '[part="team-point"]', SVGElement)).toHaveLength(0);
      expect(shadowText(el)).toContain(STRINGS.nb.empty);
    });
  });

  describe('keyboard', () => {
    it('shows and hides the table with the keyboard', async () => {
      const el = await mount('balanse-zone-map', { zone: comfort }, 'en');
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).toBe($(el, '[part="table-toggle"]'));
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      expect($(el, '#table').className).toBe('table-wrap');
      expect($(el, '[part="table-toggle"]').getAttribute('aria-expanded')).toBe('true');
      await userEvent.keyboard(' ');
      await el.updateComplete;
      expect($(el, '#table').className).toBe('visually-hidden');
    });
  });

  describe('accessibility', () => {
    it('labels the picture with the title and the summary', async () => {
      const el = await mount('balanse-zone-map', { zone: comfort });
      const chart = $(el, '[part="chart"]', SVGElement);
      expect(chart.getAttribute('role')).toBe('img');
      expect(chart.getAttribute('aria-labelledby')).toBe('title summary');
    });

    it('gives every value as text in a table', async () => {
      const el = await mount('balanse-zone-map', { zone: comfort, self: { safety: 70, standard: 40 } }, 'en');
      const rows = $$(el, 'tbody tr').map((r) => [...r.children].map((c) => c.textContent));
      const f = (v: number) => String(Math.round(v));
      expect(rows[0]).toEqual([
        'Psychological safety',
        f(comfort.safety.score),
        `${f(comfort.safety.interval[0])}–${f(comfort.safety.interval[1])}`,
        'High',
        'No',
        '70',
      ]);
    });

    it('reflows at 320 px and keeps its button 44 px', async () => {
      const el = await mount(
        'balanse-zone-map',
        { zone: borderlineZone, self: { safety: 40, standard: 90 }, showTable: true },
        'sv',
      );
      expect(await overflowingParts(el, 320)).toEqual([]);
      expect(smallTargets(el)).toEqual([]);
    });
  });
});
