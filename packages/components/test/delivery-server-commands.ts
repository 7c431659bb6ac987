/**
 * Browser commands run in Node with Playwright's page, for tests that need the network itself to
 * fail. Only requests to the delivery server are cut: the test runner's own connection stays up.
 */
import type { BrowserCommand } from 'vitest/node';

type Route = { abort(errorCode?: string): Promise<void> };
type Page = { route(url: string | RegExp, handler: (route: Route) => unknown): Promise<void>; unroute(url: string | RegExp): Promise<void> };

const blocked = new Set<string>();

/** Cuts (or restores) the network path to one origin, as if the device went offline. */
const setNetworkBlocked: BrowserCommand<[origin: string, blocked: boolean]> = async (ctx, origin, block) => {
  const page = (ctx as unknown as { page: Page }).page;
  const pattern = `${origin}/**`;
  if (block && !blocked.has(pattern)) {
    await page.route(pattern, (route) => route.abort('internetdisconnected'));
    blocked.add(pattern);
  } else if (!block && blocked.has(pattern)) {
    await page.unroute(pattern);
    blocked.delete(pattern);
  }
};

export const deliveryServerCommands = { setNetworkBlocked };

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Cuts (true) or restores (false) the network path to `origin`. */
    setNetworkBlocked: (origin: string, blocked: boolean) => Promise<void>;
  }
}
