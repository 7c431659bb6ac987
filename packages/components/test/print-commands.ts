/**
 * Browser commands for the print tests: Playwright's media emulation, so a test can lay out an
 * element under `@media print` in the real browser.
 */
import type { BrowserCommand } from 'vitest/node';

type Page = { emulateMedia(options: { media: 'print' | 'screen' | null }): Promise<void> };

/** Emulates `print` or `screen` media for the test page (`null` restores the default). */
const emulateMedia: BrowserCommand<[media: 'print' | 'screen' | null]> = async (ctx, media) => {
  await (ctx as unknown as { page: Page }).page.emulateMedia({ media });
};

export const printCommands = { emulateMedia };

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Lays the page out for `print` or `screen`; `null` restores the default. */
    emulateMedia: (media: 'print' | 'screen' | null) => Promise<void>;
  }
}
