import { buildReport, reportToCsv, type Report } from '@balanse/core';
import { commands, page, userEvent } from 'vitest/browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import './define.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { useTheme } from '../../test/themes.js';
import { departmentReport, fullReport, INJECTIONS, injected, sellers, suppressedReport } from '../../test/fixtures.js';
import {
  $,
  $$,
  deepElements,
  deepText,
  mount,
  mountInEveryLocale,
  overflowingParts,
  smallTargets,
} from '../../test/helpers.js';
import { BalanseBalanceBoard } from '../balance-board/balance-board.js';
import { BalanseZoneMap } from '../zone-map/zone-map.js';
import { BalanseReport } from './report.js';
import { STRINGS } from './strings.js';

/** Captures the next `balanse-download` and stops the browser download. */
function nextDownload(el: HTMLElement): Promise<{ filename: string; type: string; content: string }> {
  return new Promise((resolve) =>
    el.addEventListener(
      'balanse-download',
      (e) => {
        e.preventDefault();
        resolve(e.detail);
      },
      { once: true },
    ),
  );
}
const section = (el: HTMLElement, name: string) => $(el, `[data-section="${name}"]`);
/** Every match of `selector` inside a section (which has no shadow root of its own). */
const within = (node: Element, selector: string) => [...node.querySelectorAll<HTMLElement>(selector)];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('balanse-report', () => {
  describe('defaults', () => {
    it('is registered, with the zone map and balance board it draws, and says when there is no report', async () => {
      const el = await mount('balanse-report', {}, 'en');
      expect(el).toBeInstanceOf(BalanseReport);
      expect(customElements.get('balanse-zone-map')).toBeDefined();
      expect(customElements.get('balanse-balance-board')).toBeDefined();
      expect($(el, '[part="empty"]').textContent).toBe(STRINGS.en.empty);
    });
  });

  describe('properties', () => {
    it('renders every section of a full report, its texts as core wrote them', async () => {
      const report = fullReport('en', { department: true });
      const el = await mount('balanse-report', { report }, 'en');
      expect($(el, '[part="title"]').textContent).toBe(report.title);
      expect($(el, '[part="subtitle"]').textContent).toBe(report.subtitle);
      expect(section(el, 'headline').textContent).toContain(report.headline!.zone);
      expect(section(el, 'headline').textContent).toContain(report.headline!.balance);
      expect(section(el, 'participation').textContent).toContain(report.participation.text);
      expect($$(el, '[part="scale"]')).toHaveLength(5);
      expect(section(el, 'scales').textContent).toContain(report.scales[0]!.result!.scoreText);
      expect(section(el, 'scales').textContent).toContain(report.scales[0]!.result!.agreementText);
      expect(section(el, 'scales').textContent).toContain(report.intervalHelp);
      expect($$(el, '[data-section="gaps"] tbody tr')).toHaveLength(report.gaps!.rows.length);
      expect(section(el, 'characteristics').textContent).toContain(report.characteristics!.note);
      expect(section(el, 'flags').textContent).toContain(report.flags!.text);
      const advice = section(el, 'advice').textContent;
      expect(
        report.advice.length > 0 ? advice.includes(report.advice[0]!.title) : advice.includes(report.noAdviceText!),
      ).toBe(true);
      expect($$(el, '[part="unit"]')).toHaveLength(2);
      expect($(el, '[part="unit"][data-status="suppressed"]').textContent).toContain('Hidden');
      expect($(el, '[part="base"]').lang).toBe('en');
    });

    it('hands the zone and the balance to the elements it composes', async () => {
      const report = fullReport('nb');
      const el = await mount('balanse-report', { report }, 'nb');
      const map = $(el, 'balanse-zone-map', BalanseZoneMap);
      const board = $(el, 'balanse-balance-board', BalanseBalanceBoard);
      expect(map.zone).toEqual(report.zone);
      expect(board.balance).toEqual(report.balance);
      await map.updateComplete;
      expect(deepText(map)).toContain(report.zone!.text);
      expect($$(map, '[part="self-marker"]', SVGElement)).toHaveLength(1);
    });

    it('speaks the report’s language, also in its own captions and the composed elements, whatever the page’s', async () => {
      const el = await mount('balanse-report', { report: fullReport('sv') }, 'en');
      expect($(el, '[data-action="csv"]').textContent).toBe(STRINGS.sv.downloadCsv);
      const map = $(el, 'balanse-zone-map', BalanseZoneMap);
      await map.updateComplete;
      expect(deepText(map)).toContain('Prestationszonsmodellen');
      el.report = fullReport('nn');
      await el.updateComplete;
      const map2 = $(el, 'balanse-zone-map', BalanseZoneMap);
      await map2.updateComplete;
      expect(deepText(map2)).toContain('Teamet ligg i komfortsona.');
    });

    it('shows a clear error, and nothing of the report, when it is not a valid report', async () => {
      const el = await mount('balanse-report', { report: { format: 'something-else' } as unknown as Report }, 'en');
      const error = $(el, '[part="error"]');
      expect(error.getAttribute('role')).toBe('alert');
      expect(error.textContent).toContain(STRINGS.en.invalid);
      expect($$(el, '[part="section"], [part~="section"]')).toHaveLength(0);
    });

    it('refuses a suppressed report that carries a figure', async () => {
      const tampered = {
        ...suppressedReport('en'),
        headline: { zone: 'The team is in the stress zone.', balance: 'x' },
      };
      const el = await mount('balanse-report', { report: tampered }, 'en');
      expect($(el, '[part="error"]').textContent).toContain('headline');
      expect(deepText(el)).not.toContain('stress zone');
    });

    it('drops whatever a host added beyond the report format', async () => {
      const report = { ...fullReport('en'), answers: [{ item: 'R1', value: 5 }], secret: 'Kari said…' } as Report;
      const el = await mount('balanse-report', { report }, 'en');
      const download = nextDownload(el);
      await userEvent.click($(el, '[data-action="json"]'));
      const json: unknown = JSON.parse((await download).content);
      expect(json).not.toHaveProperty('answers');
      expect(json).not.toHaveProperty('secret');
      expect(deepText(el)).not.toContain('Kari said');
    });

    it('marks the leader’s version and its private seller section as private', async () => {
      const report = fullReport('en', { sellers: true });
      const el = await mount('balanse-report', { report }, 'en');
      expect($(el, '[part="audience"]').textContent).toContain('Private');
      expect($(el, '[part="audience"]').textContent).toContain(report.audienceText);
      const priv = section(el, 'private');
      expect(priv.querySelector('[part="private-badge"]')!.textContent).toBe('Private');
      expect(priv.textContent).toContain(report.private!.notice);
      expect($$(el, '[part="seller"]').map((s) => s.querySelector('h4')!.textContent)).toEqual(
        sellers.map((s) => s.name),
      );
      expect(priv.textContent).toContain(report.private!.sellers[0]!.phrases[0]);
    });

    it('keeps a team version free of any private section', async () => {
      const el = await mount('balanse-report', { report: fullReport('en') }, 'en');
      expect($$(el, '[data-section="private"]')).toHaveLength(0);
      expect($(el, '[part="audience"]').textContent).not.toContain('Private');
    });

    it.each(['nb', 'nn', 'sv', 'en'] as const)(
      'shows participation only when suppressed (%s): no other number',
      async (locale) => {
        const report = suppressedReport(locale);
        const el = await mount('balanse-report', { report }, locale);
        expect(section(el, 'participation').textContent).toContain(report.participation.text);
        expect($(el, '[part="suppressed"]').textContent).toBe(report.suppressedText);
        expect($$(el, '[data-section]').map((s) => s.dataset.section)).toEqual(['participation']);
        expect($$(el, 'balanse-zone-map, balanse-balance-board, table')).toHaveLength(0);
        const rest = deepText(el)
          .replace(report.participation.text, '')
          .replace(report.suppressedText!, '')
          .replace(report.instrument.text, '');
        expect(rest).not.toMatch(/\d/);
        expect(report.participation.text).toMatch(/^3\D+7\D/);
      },
    );

    it('keeps the suppressed state when the leader’s private section is present', async () => {
      const report = buildReport(
        { team: { status: 'suppressed', responded: 3, required: 5 }, sellers },
        { locale: 'en', invited: 7 },
      );
      const el = await mount('balanse-report', { report }, 'en');
      expect($(el, '[part="suppressed"]').textContent).toBe(report.suppressedText);
      const team = [...el.shadowRoot!.querySelectorAll('[data-section]:not([data-section="private"])')]
        .map((s) => deepText(s))
        .join(' ');
      expect(team.replace(report.participation.text, '').replace(report.suppressedText!, '')).not.toMatch(/\d/);
    });

    it('renders hostile texts in every field as text and runs nothing', async () => {
      const [a, b, c, d, e] = INJECTIONS as [string, string, string, string, string];
      const base = fullReport('en', { sellers: true, department: true });
      const report: Report = {
        ...base,
        title: a,
        subtitle: b,
        headline: { zone: c, balance: d },
        scales: base.scales.map((s) => ({ ...s, name: e, description: a })),
        advice: base.advice.map((x) => ({ ...x, title: b, text: c })),
        private: { notice: d, sellers: base.private!.sellers.map((s) => ({ ...s, name: a, phrases: [b, c] })) },
        department: {
          ...base.department!,
          name: e,
          units: base.department!.units.map((u) => ({ ...u, name: d, text: a })),
        },
      };
      const el = await mount('balanse-report', { report }, 'en');
      await new Promise((r) => setTimeout(r, 50));
      expect(injected()).toBe(false);
      expect(deepElements(el).filter((n) => ['img', 'script', 'a', 'iframe'].includes(n.localName))).toEqual([]);
      expect($(el, '[part="title"]').textContent).toBe(a);
    });
  });

  describe('events', () => {
    it('downloads the validated report as JSON', async () => {
      const report = fullReport('en');
      const el = await mount('balanse-report', { report }, 'en');
      const download = nextDownload(el);
      await userEvent.click($(el, '[data-action="json"]'));
      const file = await download;
      expect(file).toMatchObject({ filename: 'balanse-report.json', type: 'application/json' });
      expect(JSON.parse(file.content)).toEqual(report);
    });

    it('downloads the aggregated results as CSV, from core, and nothing per person', async () => {
      const report = fullReport('en', { sellers: true });
      const el = await mount('balanse-report', { report }, 'en');
      const download = nextDownload(el);
      await userEvent.click($(el, '[data-action="csv"]'));
      const file = await download;
      expect(file.type).toBe('text/csv;charset=utf-8');
      expect(file.content).toBe(`\uFEFF${reportToCsv(report)}`);
      const sectionsInCsv = new Set(
        file.content
          .slice(1)
          .trimEnd()
          .split('\r\n')
          .slice(1)
          .map((line) => line.split(',')[0]),
      );
      expect(
        [...sectionsInCsv].every((s) =>
          ['participation', 'scale', 'item', 'zone', 'balance', 'linking', 'characteristic', 'gap'].includes(s!),
        ),
      ).toBe(true);
      for (const s of sellers) expect(file.content).not.toContain(s.name);
    });

    it('starts a real download unless the host cancels it', async () => {
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      const el = await mount('balanse-report', { report: fullReport('en') }, 'en');
      await userEvent.click($(el, '[data-action="csv"]'));
      expect(click).toHaveBeenCalledTimes(1);
      expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('balanse-report.csv');
    });

    it('prints on request', async () => {
      const print = vi.spyOn(window, 'print').mockImplementation(() => {});
      const el = await mount('balanse-report', { report: fullReport('en') }, 'en');
      await userEvent.click($(el, '[data-action="print"]'));
      expect(print).toHaveBeenCalledTimes(1);
    });

    it('fires nothing when the report is set from code', async () => {
      const el = await mount('balanse-report', {}, 'en');
      const seen: Event[] = [];
      el.addEventListener('balanse-download', (e) => seen.push(e));
      el.report = fullReport('en');
      await el.updateComplete;
      expect(seen).toEqual([]);
    });
  });

  describe('keyboard', () => {
    it('reaches the buttons in order and downloads with Enter', async () => {
      const el = await mount('balanse-report', { report: fullReport('en') }, 'en');
      const download = nextDownload(el);
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).toBe($(el, '[data-action="json"]'));
      await userEvent.tab();
      expect(el.shadowRoot!.activeElement).toBe($(el, '[data-action="csv"]'));
      await userEvent.keyboard('{Enter}');
      expect((await download).filename).toBe('balanse-report.csv');
    });
  });

  describe('print', () => {
    // A4 is 210 mm wide; with 15 mm margins the printable width is 180 mm, 680 CSS px.
    const A4_CONTENT_WIDTH = 680;

    afterEach(async () => {
      await commands.emulateMedia(null);
      useTheme('none');
    });

    it('fits the A4 width with nothing clipped, no controls, and page breaks between sections', async () => {
      await page.viewport(A4_CONTENT_WIDTH, 1000);
      const el = await mount('balanse-report', { report: fullReport('nb', { sellers: true, department: true }) }, 'nb');
      await commands.emulateMedia('print');
      await new Promise((r) => requestAnimationFrame(r));
      expect(getComputedStyle($(el, '[part="actions"]')).display).toBe('none');
      for (const name of ['balance', 'scales', 'gaps', 'private'])
        expect(getComputedStyle(section(el, name)).breakBefore).toBe('page');
      const right = el.getBoundingClientRect().right;
      expect(right).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
      for (const node of deepElements(el)) {
        const box = node.getBoundingClientRect();
        // Visually hidden text (the zone map's data table) is clipped on purpose: it is for screen readers.
        if ((box.width === 0 && box.height === 0) || node.closest('.visually-hidden')) continue;
        expect(
          box.right,
          `<${node.localName} part="${node.getAttribute('part') ?? ''}"> sticks out`,
        ).toBeLessThanOrEqual(right + 0.5);
        const style = getComputedStyle(node);
        if (style.overflowX !== 'visible') {
          expect(node.scrollWidth, `<${node.localName}> clips its content`).toBeLessThanOrEqual(node.clientWidth + 1);
        }
      }
    });

    it('prints in print colours whatever the screen theme', async () => {
      useTheme('dark');
      const el = await mount('balanse-report', { report: fullReport('en') }, 'en');
      const map = $(el, 'balanse-zone-map');
      expect(getComputedStyle($(el, '[part="title"]')).color).not.toBe('rgb(0, 0, 0)');
      await commands.emulateMedia('print');
      await new Promise((r) => requestAnimationFrame(r));
      expect(getComputedStyle($(el, '[part="title"]')).color).toBe('rgb(0, 0, 0)');
      expect(getComputedStyle($(el, '[part="base"]')).backgroundColor).toBe('rgb(255, 255, 255)');
      expect(getComputedStyle($(map, '[part="quadrant"][data-zone="comfort"]', SVGElement)).fill).toBe(
        'rgb(227, 239, 217)',
      );
    });
  });

  describe('a department with four teams and a previous round (issue 12)', () => {
    afterEach(async () => {
      await commands.emulateMedia(null);
    });

    it.each(['nb', 'nn', 'sv', 'en'] as const)(
      'shows the questions, the team table, the spread over zones, the linking table and the change, in %s',
      async (locale) => {
        const report = departmentReport(locale);
        const el = await mount('balanse-report', { report }, locale);
        // Questions: every area's shown questions in a table, with the strongest and weakest marked.
        const items = section(el, 'items');
        expect(within(items, '[part~="items-table"]')).toHaveLength(
          report.items!.scales.filter((sc) => sc.rows.length > 0).length,
        );
        const rows = report.items!.scales.flatMap((sc) => sc.rows);
        expect(within(items, 'tr[data-item]')).toHaveLength(rows.length);
        expect(within(items, 'tr[data-rank="strongest"]').length).toBeGreaterThan(0);
        expect(items.textContent).toContain(rows[0]!.distributionText);
        // The team table: one row per team, zones one each, the hidden team with why.
        const dept = section(el, 'department');
        const shown = within(dept, 'tr[data-status="ok"]');
        expect(shown).toHaveLength(4);
        expect(new Set(shown.map((r) => r.dataset.zone))).toEqual(
          new Set(['apathy', 'comfort', 'stress', 'performance']),
        );
        expect(within(dept, 'tr[data-status="suppressed"]')).toHaveLength(1);
        expect(within(dept, 'tr[data-status="ok"] td')).toHaveLength(4 * 8);
        // The spread over zones, in words and as a list.
        expect(dept.textContent).toContain(report.department!.spreadText);
        expect(within(dept, '.spread li')).toHaveLength(4);
        for (const z of report.department!.zones) expect(z.count).toBe(1);
        // The linking table read as explanation, and the change since the previous round.
        expect(section(el, 'linking').textContent).toContain(report.linking!.text);
        const previous = section(el, 'previous');
        expect(previous.textContent).toContain(report.previous!.text);
        expect(within(previous, 'tbody tr')).toHaveLength(5);
        for (const c of report.previous!.scales) expect(previous.textContent).toContain(c.text);
      },
    );

    it('has no axe violations in any locale', async () => {
      const reports = await mountInEveryLocale('balanse-report', (locale) => ({ report: departmentReport(locale) }));
      await Promise.all(reports.map((r) => r.updateComplete));
      await expectNoAxeViolations();
    });

    it('prints to the A4 width with nothing clipped', async () => {
      await page.viewport(680, 1000);
      const el = await mount('balanse-report', { report: departmentReport('nb') }, 'nb');
      await commands.emulateMedia('print');
      await new Promise((r) => requestAnimationFrame(r));
      const right = el.getBoundingClientRect().right;
      expect(right).toBeLessThanOrEqual(680);
      for (const name of ['items', 'department']) expect(getComputedStyle(section(el, name)).breakBefore).toBe('page');
      for (const node of deepElements(el)) {
        const box = node.getBoundingClientRect();
        if ((box.width === 0 && box.height === 0) || node.closest('.visually-hidden')) continue;
        expect(
          box.right,
          `<${node.localName} part="${node.getAttribute('part') ?? ''}"> sticks out`,
        ).toBeLessThanOrEqual(right + 0.5);
        if (getComputedStyle(node).overflowX !== 'visible') {
          expect(node.scrollWidth, `<${node.localName}> clips its content`).toBeLessThanOrEqual(node.clientWidth + 1);
        }
      }
    });
  });

  describe('accessibility', () => {
    it('reflows at 320 px and keeps every button 44 px', async () => {
      const el = await mount('balanse-report', { report: fullReport('sv', { sellers: true, department: true }) }, 'sv');
      expect(await overflowingParts(el, 320)).toEqual([]);
      expect(smallTargets(el)).toEqual([]);
    });
  });
});
