/**
 * Browser commands run in Node with Playwright's page: for tests that need the network itself to
 * fail (only requests to the delivery server are cut: the test runner's own connection stays up),
 * and for tests of user preferences (reduced motion, dark colour scheme).
 */
import type { BrowserCommand } from 'vitest/node';

type Route = { abort(errorCode?: string): Promise<void> };
type Media = { reducedMotion?: 'reduce' | 'no-preference'; colorScheme?: 'light' | 'dark' | 'no-preference' };
type Page = {
  route(url: string | RegExp, handler: (route: Route) => unknown): Promise<void>;
  unroute(url: string | RegExp): Promise<void>;
  emulateMedia(media: Media): Promise<void>;
};

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

/** Emulates user preferences (reduced motion, dark colour scheme). Not `emulateMedia`: Vitest reserves that name. */
const emulatePreferences: BrowserCommand<[media: Media]> = async (ctx, media) => {
  await (ctx as unknown as { page: Page }).page.emulateMedia(media);
};

export const deliveryServerCommands = { setNetworkBlocked, emulatePreferences };

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Cuts (true) or restores (false) the network path to `origin`. */
    setNetworkBlocked: (origin: string, blocked: boolean) => Promise<void>;
    /** Emulates `prefers-reduced-motion` and `prefers-color-scheme`. */
    emulatePreferences: (media: Media) => Promise<void>;
  }
}
