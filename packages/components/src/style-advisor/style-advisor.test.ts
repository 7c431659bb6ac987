import { buildReport, recommendStyle } from '@balanse/core';
import { stylesTexts } from '@balanse/core/messages';
import { userEvent } from 'vitest/browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import './define.js';
import { comfortTeam, INJECTIONS, injected, kari, ola } from '../../test/fixtures.js';
import { $, $$, mount, shadowText } from '../../test/helpers.js';
import type { BalanseSellersChangeEvent } from './events.js';
import { storageKey, type AdvisorSeller } from './sellers.js';
import { BalanseStyleAdvisor } from './style-advisor.js';
import { STRINGS } from './strings.js';

/** Every `balanse-sellers-change` the element fires, from now on. */
function changes(el: HTMLElement): BalanseSellersChangeEvent[] {
  const seen: BalanseSellersChangeEvent[] = [];
  el.addEventListener('balanse-sellers-change', (e) => seen.push(e));
  return seen;
}
const seller = (el: HTMLElement, id: string) => $(el, `[part~="seller"][aria-labelledby="h-${id}"]`);
const radio = (el: HTMLElement, id: string, field: string, index: number, value: number) =>
  $(el, `input[name="${id}-${field}-${index}"][value="${value}"]`, HTMLInputElement);

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('balanse-style-advisor', () => {
  describe('defaults', () => {
    it('is registered, starts with no sellers, and says plainly that nothing is saved', async () => {
      const el = await mount('balanse-style-advisor', {}, 'en');
      expect(el).toBeInstanceOf(BalanseStyleAdvisor);
      expect(el.sellers).toEqual([]);
      expect(el.storage).toBe('none');
      expect($(el, '[part="empty"]').textContent).toBe(STRINGS.en.empty);
      const privacy = $(el, '[part="privacy"]').textContent;
      expect(privacy).toContain('Private to you as the manager');
      expect(privacy).toContain('named people in your team');
      expect(privacy).toContain(STRINGS.en.storedNone);
    });

    it('keeps what is entered in the page only', async () => {
      const el = await mount('balanse-style-advisor', {}, 'en');
      await userEvent.click($(el, '[part~="add-button"]'));
      await userEvent.keyboard('Kari');
      expect(el.sellers[0]!.name).toBe('Kari');
      expect(localStorage.length).toBe(0);
      expect(sessionStorage.length).toBe(0);
    });
  });

  describe('properties', () => {
    it('shows core’s recommendation for each seller: style, pressure, reasons, levers and phrases', async () => {
      const el = await mount('balanse-style-advisor', { sellers: [kari, ola] }, 'en');
      const expected = recommendStyle({ competence: [2, 2], commitment: [2, 3], newInRole: true });
      const k = seller(el, 'kari');
      expect(k.querySelector('[part="style"]')!.textContent).toBe('Recommended style: Instructing');
      expect(k.querySelector('[part="situation"]')!.textContent).toContain(stylesTexts.en.instructing.situation);
      expect(k.querySelector('[part="pressure-text"]')!.textContent).toBe(
        `Pressure: ${expected.pressure.relation}% relational, ${expected.pressure.system}% system`,
      );
      expect((k.querySelector('[part="pressure-relation"]') as HTMLElement).style.width).toBe(
        `${expected.pressure.relation}%`,
      );
      expect([...k.querySelectorAll('[part="reasons"] li')].map((li) => li.textContent)).toEqual([
        'Competence isn’t yet high enough for the task.',
        'New in the role: needs to be seen and included.',
        'Motivation or confidence is low.',
      ]);
      expect(k.querySelector('[part="levers"]')!.textContent).toContain('Competence points toward system leadership.');
      expect([...k.querySelectorAll('[part="phrases"] li')].map((li) => li.textContent)).toEqual(
        stylesTexts.en.instructing.phrases,
      );
      expect(seller(el, 'ola').querySelector('[part="style"]')!.textContent).toBe('Recommended style: Challenging');
    });

    it('asks for ratings before it recommends anything', async () => {
      const el = await mount('balanse-style-advisor', { sellers: [{ ...kari, commitment: [null, null] }] }, 'en');
      expect($(el, '[part="incomplete"]').textContent).toBe(STRINGS.en.incomplete);
      expect($$(el, '[part="style"]')).toHaveLength(0);
    });

    it('adds the structure lever when the team’s foundation is weak', async () => {
      const el = await mount('balanse-style-advisor', { sellers: [ola], weakFoundation: true }, 'en');
      expect($(el, '[part="levers"]').textContent).toContain('Structure points toward administration.');
      expect($(el, '[part="reasons"]').textContent).toContain('The team’s administrative foundation is weak.');
    });

    it('keeps only valid fields from host data', async () => {
      const el = await mount('balanse-style-advisor', {
        sellers: [
          { name: 'Per', competence: [9, 3], commitment: 'high', newInRole: 'yes' } as unknown as AdvisorSeller,
        ],
      });
      expect(el.sellers).toHaveLength(1);
      expect(el.sellers[0]).toMatchObject({
        name: 'Per',
        competence: [null, 3],
        commitment: [null, null],
        newInRole: false,
      });
      expect(el.sellers[0]!.id).toMatch(/\w+/);
    });

    it('gives the rated sellers in the shape buildReport takes', async () => {
      const el = await mount('balanse-style-advisor', {
        sellers: [kari, { ...ola, id: 'x', name: '' }, { ...ola, id: 'y', competence: [null, null] }],
      });
      const sellers = el.reportSellers();
      expect(sellers).toEqual([
        { name: 'Kari', competence: [2, 2], commitment: [2, 3], newInRole: true, comfortZone: false, lowEnergy: false },
        { name: '#2', competence: [4, 5], commitment: [4, 4], newInRole: false, comfortZone: true, lowEnergy: false },
      ]);
      const report = buildReport({ team: comfortTeam, sellers }, { locale: 'nb' });
      expect(report.private!.sellers.map((s) => s.style)).toEqual(['instructing', 'challenging']);
    });

    it('saves to localStorage under its advisor-id when the host opts in, and restores from it', async () => {
      const el = await mount('balanse-style-advisor', { storage: 'local', advisorId: 'leader-7' }, 'en');
      expect($(el, '[part="privacy"]').textContent).toContain(STRINGS.en.storedLocal);
      await userEvent.click($(el, '[part~="add-button"]'));
      await userEvent.keyboard('Kari');
      const stored: unknown = JSON.parse(localStorage.getItem(storageKey('leader-7'))!);
      expect(stored).toMatchObject({ sellers: [{ name: 'Kari' }] });
      el.remove();
      const again = await mount('balanse-style-advisor', { storage: 'local', advisorId: 'leader-7' }, 'en');
      expect(again.sellers.map((s) => s.name)).toEqual(['Kari']);
      const other = await mount('balanse-style-advisor', { storage: 'local', advisorId: 'leader-8' }, 'en');
      expect(other.sellers).toEqual([]);
    });

    it('saves to sessionStorage with storage="session"', async () => {
      const el = await mount('balanse-style-advisor', { storage: 'session' }, 'en');
      await userEvent.click($(el, '[part~="add-button"]'));
      await userEvent.keyboard('Ola');
      const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey(''))!);
      expect(stored).toMatchObject({ sellers: [{ name: 'Ola' }] });
      expect(localStorage.length).toBe(0);
    });

    it('says so when the browser refuses to save, and keeps working in memory', async () => {
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('full', 'QuotaExceededError');
      });
      const el = await mount('balanse-style-advisor', { storage: 'local' }, 'en');
      await userEvent.click($(el, '[part~="add-button"]'));
      await userEvent.keyboard('Kari');
      expect($(el, '[part="storage-notice"]').textContent).toBe(STRINGS.en.storageFailed);
      expect(el.sellers[0]!.name).toBe('Kari');
    });

    it('follows the nearest lang', async () => {
      const el = await mount('balanse-style-advisor', { sellers: [ola] }, 'nn');
      expect(shadowText(el)).toContain('Tilrådd stil: Utfordrande');
      el.parentElement!.lang = 'sv';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(shadowText(el)).toContain('Rekommenderad stil: Utmanande');
    });

    it('renders hostile seller names as text and runs nothing', async () => {
      const sellers = INJECTIONS.map((name, i) => ({ ...ola, id: `i${i}`, name }));
      const el = await mount('balanse-style-advisor', { sellers }, 'en');
      await new Promise((r) => setTimeout(r, 50));
      expect(injected()).toBe(false);
      expect(el.shadowRoot!.querySelector('img, script, a, [onerror], [onload]')).toBeNull();
      expect($$(el, '[part="seller-heading"]').map((h) => h.textContent)).toEqual(INJECTIONS);
      expect($$(el, '[part~="remove-button"]')[0]!.textContent.trim()).toBe(`Remove ${INJECTIONS[0]}`);
    });
  });

  describe('events', () => {
    it('fires balanse-sellers-change on each user edit, with every seller in the detail', async () => {
      const el = await mount('balanse-style-advisor', { sellers: [kari] }, 'en');
      const seen = changes(el);
      await userEvent.click(radio(el, 'kari', 'competence', 0, 4));
      await userEvent.click($(el, '[data-flag="lowEnergy"]'));
      await userEvent.fill($(el, '#name-kari'), 'Kari N.');
      expect(seen.length).toBeGreaterThanOrEqual(3);
      const last = seen.at(-1)!;
      expect(last.bubbles && last.composed).toBe(true);
      expect(last.detail.sellers).toEqual([{ ...kari, name: 'Kari N.', competence: [4, 2], lowEnergy: true }]);
    });

    it('fires on add and remove, and not when sellers are set from code', async () => {
      const el = await mount('balanse-style-advisor', {}, 'en');
      const seen = changes(el);
      el.sellers = [kari, ola];
      await el.updateComplete;
      expect(seen).toHaveLength(0);
      await userEvent.click($(el, '[part~="add-button"]'));
      expect(seen.at(-1)!.detail.sellers).toHaveLength(3);
      await userEvent.click(seller(el, 'kari').querySelector('[part~="remove-button"]')!);
      expect(seen.at(-1)!.detail.sellers.map((s) => s.id)).toEqual(['ola', el.sellers[1]!.id]);
      expect($(el, '[role="status"]').textContent).toBe('Kari was removed.');
    });

    it('announces a new recommendation politely', async () => {
      const el = await mount('balanse-style-advisor', { sellers: [{ ...ola, comfortZone: false }] }, 'en');
      await userEvent.click($(el, '[data-flag="comfortZone"]'));
      expect($(el, '[role="status"]').textContent).toBe('Ola: Challenging');
    });

    it('exports the sellers and their recommendations as JSON, announced by a cancelable balanse-download', async () => {
      const el = await mount('balanse-style-advisor', { sellers: [kari, ola] }, 'en');
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      let detail: { filename: string; type: string; content: string } | undefined;
      el.addEventListener('balanse-download', (e) => (detail = e.detail), { once: true });
      await userEvent.click($(el, '[part~="export-button"]'));
      expect(detail!.filename).toBe('balanse-style-advisor.json');
      expect(detail!.type).toBe('application/json');
      const data: unknown = JSON.parse(detail!.content);
      expect(data).toMatchObject({
        format: 'balanse-style-advisor',
        sellers: [
          { name: 'Kari', recommendation: { style: 'instructing' } },
          { name: 'Ola', recommendation: { style: 'challenging' } },
        ],
      });
      expect(click).toHaveBeenCalledTimes(1);
      expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('balanse-style-advisor.json');

      el.addEventListener('balanse-download', (e) => e.preventDefault(), { once: true });
      await userEvent.click($(el, '[part~="export-button"]'));
      expect(click).toHaveBeenCalledTimes(1);
    });

    it('deletes everything, storage included, only after confirmation', async () => {
      localStorage.setItem(storageKey('l1'), JSON.stringify({ version: 1, sellers: [kari] }));
      sessionStorage.setItem(storageKey('l1'), JSON.stringify({ version: 1, sellers: [kari] }));
      const el = await mount('balanse-style-advisor', { storage: 'local', advisorId: 'l1' }, 'en');
      expect(el.sellers.map((s) => s.name)).toEqual(['Kari']);
      const seen = changes(el);
      await userEvent.click($(el, '[part~="delete-button"]'));
      expect($(el, '[part="confirm"]').hidden).toBe(false);
      expect(el.shadowRoot!.activeElement).toBe($(el, '[part~="cancel-button"]'));
      await userEvent.click($(el, '[part~="cancel-button"]'));
      expect(el.sellers).toHaveLength(1);
      expect(seen).toHaveLength(0);
      expect(el.shadowRoot!.activeElement).toBe($(el, '[part~="delete-button"]'));

      await userEvent.click($(el, '[part~="delete-button"]'));
      await userEvent.click($(el, '[part~="confirm-button"]'));
      expect(el.sellers).toEqual([]);
      expect(localStorage.getItem(storageKey('l1'))).toBeNull();
      expect(sessionStorage.getItem(storageKey('l1'))).toBeNull();
      expect(seen.at(-1)!.detail.sellers).toEqual([]);
      expect($(el, '[role="status"]').textContent).toBe(STRINGS.en.deleted);
      expect(el.shadowRoot!.activeElement).toBe($(el, '[part~="add-button"]'));
    });
  });

  describe('keyboard', () => {
    it('adds and rates a seller with the keyboard alone and shows the recommendation', async () => {
      const el = await mount('balanse-style-advisor', {}, 'en');
      $(el, '[part~="add-button"]').focus();
      await userEvent.keyboard('{Enter}');
      const id = el.sellers[0]!.id;
      expect(el.shadowRoot!.activeElement).toBe($(el, `#name-${id}`));
      await userEvent.keyboard('Nina');
      // Each rating is one tab stop: Space picks the focused 1, the arrows move along the scale.
      await userEvent.tab();
      await userEvent.keyboard(' {ArrowRight}{ArrowRight}{ArrowRight}'); // knowledge 4
      await userEvent.tab();
      await userEvent.keyboard(' {ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}'); // skill 5
      await userEvent.tab();
      await userEvent.keyboard(' {ArrowRight}'); // motivation 2
      await userEvent.tab();
      await userEvent.keyboard(' {ArrowRight}'); // confidence 2
      await userEvent.tab();
      await userEvent.tab();
      await userEvent.tab();
      await userEvent.keyboard(' '); // low energy
      expect(el.sellers[0]).toMatchObject({ name: 'Nina', competence: [4, 5], commitment: [2, 2], lowEnergy: true });
      expect($(el, '[part="style"]').textContent).toBe('Recommended style: Direct');
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).toBe($(el, '[part~="remove-button"]'));
    });
  });

  describe('accessibility', () => {
    it('labels every input and makes every target at least 44 px', async () => {
      const el = await mount('balanse-style-advisor', { sellers: [kari] }, 'en');
      expect($(el, '#name-kari', HTMLInputElement).labels![0]!.textContent).toBe('Name');
      for (const target of $$(el, '.option, .flag, button:not([hidden] button)')) {
        const box = target.getBoundingClientRect();
        expect(box.height, target.textContent).toBeGreaterThanOrEqual(44);
        expect(box.width, target.textContent).toBeGreaterThanOrEqual(44);
      }
    });

    it('reflows at 320 px without sideways scrolling', async () => {
      const el = await mount('balanse-style-advisor', { sellers: [kari, ola] }, 'sv');
      el.style.width = '320px';
      await el.updateComplete;
      expect(el.scrollWidth).toBeLessThanOrEqual(320);
      for (const part of $$(el, '[part]'))
        expect(part.getBoundingClientRect().right).toBeLessThanOrEqual(el.getBoundingClientRect().right + 0.5);
    });
  });
});
