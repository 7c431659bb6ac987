import { assessBalance } from '@balanse/core';
import { balanceTexts } from '@balanse/core/messages';
import { describe, expect, it } from 'vitest';
import './define.js';
import { apathyTeam, comfortTeam, fullReport, INJECTIONS, injected, performanceTeam } from '../../test/fixtures.js';
import { $, $$, mount, overflowingParts, shadowText } from '../../test/helpers.js';
import { BalanseBalanceBoard, boardAngle } from './balance-board.js';
import { STRINGS } from './strings.js';

/** The board's angle in degrees, as the element set it. */
const angleOf = (el: Element) =>
  Number.parseFloat($(el, '.tilting', SVGElement).style.getPropertyValue('--_balanse-tilt'));
const arrowWidth = (el: Element, side: string) =>
  Number($(el, `[part="${side}-arrow"] line`, SVGElement).getAttribute('stroke-width'));

describe('balanse-balance-board', () => {
  describe('defaults', () => {
    it('is registered and shows a level, empty board with a note that there is nothing yet', async () => {
      const el = await mount('balanse-balance-board');
      expect(el).toBeInstanceOf(BalanseBalanceBoard);
      expect(angleOf(el)).toBe(0);
      expect($$(el, '[part="relation-arrow"]', SVGElement)).toHaveLength(0);
      expect(shadowText(el)).toContain(balanceTexts.nb.title);
      expect(shadowText(el)).toContain(STRINGS.nb.empty);
    });
  });

  describe('properties', () => {
    it('tilts toward relation, proportionally and within bounds, and names profile A', async () => {
      const balance = comfortTeam.balance;
      expect(balance.lean).toBe('relation');
      const el = await mount('balanse-balance-board', { balance }, 'en');
      expect(angleOf(el)).toBeLessThan(0);
      expect(angleOf(el)).toBeGreaterThanOrEqual(-12);
      expect(shadowText(el)).toContain(balanceTexts.en.lean.relation);
      expect(shadowText(el)).toContain(balanceTexts.en.profile.A.name);
      expect(shadowText(el)).toContain(balanceTexts.en.expectedZone.replace('{zone}', 'comfort zone'));
    });

    it('follows core’s tilt: none when balanced, bounded when large, the system side down for a negative tilt', () => {
      const balanced = assessBalance({ relation: 70, system: 62, administration: 70 });
      expect(boardAngle(balanced)).toBe(0);
      expect(boardAngle(assessBalance({ relation: 95, system: 5, administration: 70 }))).toBe(-12);
      expect(boardAngle(assessBalance({ relation: 40, system: 60, administration: 70 }))).toBeCloseTo(6);
    });

    it('makes strong pressure visibly heavier than light pressure, and says which it is', async () => {
      const strong = await mount('balanse-balance-board', { balance: performanceTeam.balance }, 'en');
      const light = await mount('balanse-balance-board', { balance: apathyTeam.balance }, 'en');
      expect(performanceTeam.balance.force).toBe('strong');
      expect(apathyTeam.balance.force).toBe('light');
      expect(arrowWidth(strong, 'relation')).toBeGreaterThan(arrowWidth(light, 'relation'));
      expect(arrowWidth(strong, 'system')).toBeGreaterThan(arrowWidth(light, 'system'));
      expect($(strong, '[part="summary"]').textContent).toContain(balanceTexts.en.force.strong);
      expect($(light, '[part="summary"]').textContent).toContain(balanceTexts.en.force.light);
    });

    it('says a weak foundation first, before the board, and draws it cracked', async () => {
      const el = await mount('balanse-balance-board', { balance: apathyTeam.balance }, 'en');
      const notice = $(el, '[part="foundation-notice"]');
      expect(notice.textContent).toContain(balanceTexts.en.foundation.weak);
      expect(
        notice.compareDocumentPosition($(el, '[part="chart"]', SVGElement)) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
      expect($(el, '[part="foundation"]', SVGElement).dataset.foundation).toBe('weak');
      expect($$(el, '[part="crack"]', SVGElement)).toHaveLength(1);
      expect($(el, '[part="foundation-label"]', SVGElement).textContent).toContain('Weak foundation');
    });

    it('gives a solid foundation as a sentence after the board, with no notice and no crack', async () => {
      const el = await mount('balanse-balance-board', { balance: performanceTeam.balance }, 'en');
      expect($$(el, '[part="foundation-notice"]')).toHaveLength(0);
      expect($$(el, '[part="crack"]', SVGElement)).toHaveLength(0);
      expect($(el, '[part="statements"]').textContent).toContain(balanceTexts.en.foundation.solid);
    });

    it('exposes the three scores as text', async () => {
      const balance = assessBalance({ relation: 80, system: 50, administration: 70 });
      const el = await mount('balanse-balance-board', { balance }, 'en');
      expect($$(el, '[part="score"]').map((s) => s.textContent.replace(/\s+/g, ' ').trim())).toEqual([
        'Relational leadership 80 of 100',
        'System leadership 50 of 100',
        'Administration 70 of 100',
      ]);
      expect(shadowText(el)).toContain('Tilt (relational minus system): 30 points');
    });

    it('renders a Report’s balance with its own texts', async () => {
      const report = fullReport('nn');
      const el = await mount('balanse-balance-board', { balance: report.balance }, 'nn');
      expect(shadowText(el)).toContain(report.balance!.leanText);
      expect(shadowText(el)).toContain(report.balance!.tiltText);
    });

    it('renders hostile texts as text and runs nothing', async () => {
      const report = fullReport('en');
      const [a, b, c, d, e] = INJECTIONS as [string, string, string, string, string];
      const balance = {
        ...report.balance!,
        leanText: a,
        forceText: b,
        expectedZoneText: c,
        tiltText: d,
        profileText: { name: e, text: a },
      };
      const el = await mount('balanse-balance-board', { balance }, 'en');
      await new Promise((r) => setTimeout(r, 50));
      expect(injected()).toBe(false);
      expect(el.shadowRoot!.querySelector('img, script, a, svg svg')).toBeNull();
      expect(shadowText(el)).toContain(a);
    });
  });

  describe('motion', () => {
    it('turns the board with a transition only when the user allows motion', async () => {
      const el = await mount('balanse-balance-board', { balance: comfortTeam.balance });
      const duration = getComputedStyle($(el, '.tilting', SVGElement)).transitionDuration;
      const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (reduced) expect(Number.parseFloat(duration)).toBeLessThan(0.001);
      else expect(duration).toBe('0.6s');
    });
  });

  describe('accessibility', () => {
    it('labels the picture with the title and the summary', async () => {
      const el = await mount('balanse-balance-board', { balance: comfortTeam.balance });
      expect($(el, '[part="chart"]', SVGElement).getAttribute('role')).toBe('img');
      expect($(el, '[part="chart"]', SVGElement).getAttribute('aria-labelledby')).toBe('title summary');
    });

    it('reflows at 320 px', async () => {
      const el = await mount('balanse-balance-board', { balance: apathyTeam.balance }, 'nn');
      expect(await overflowingParts(el, 320)).toEqual([]);
    });
  });
});
