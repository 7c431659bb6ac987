/** axe-core in the real browser, shadow roots included, with the element-level rules (as the components' tests). */
import axe from 'axe-core';
import { expect } from 'vitest';

export async function expectNoAxeViolations(context: Element | Document = document): Promise<void> {
  const result = await axe.run(context, {
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: {
      // One element under test is not a page: these rules are about whole documents (the
      // end-to-end test in packages/server checks every screen as a page).
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  const readable = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  at ${n.target.join(' ')}`).join('\n')}`,
  );
  expect(readable, 'axe-core found accessibility violations').toEqual([]);
}
