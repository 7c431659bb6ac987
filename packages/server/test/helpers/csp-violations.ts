import type { BrowserContext } from 'playwright';

/**
 * Collects every Content-Security-Policy violation of any page in `context`, as
 * `directive blockedURI sample`, from the first script of each page on: a test then asserts the
 * list is empty. The returned array fills as pages report.
 */
export async function collectViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      ),
    ),
  );
  return violations;
}
