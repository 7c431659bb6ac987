/**
 * Accessibility checks with axe-core in the real browser, shadow roots included. Every element
 * test calls `expectNoAxeViolations` in each state, locale and theme it renders.
 */
import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe on `context` (default: the whole document) and fails with a readable list of violations. */
export async function expectNoAxeViolations(context: Element | Document = document): Promise<void> {
  const result = await axe.run(context, {
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: {
      // A lone element under test is not a page: these rules are about whole documents.
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  const readable = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  at ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  );
  expect(readable, 'axe-core found accessibility violations').toEqual([]);
}
