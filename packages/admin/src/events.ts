/**
 * The app's own events: each a typed class, `bubbles` and `composed` so that they cross the
 * shadow roots of the screens up to the app (and to a host page that embeds a screen).
 */
import type { Plan } from './api/types.js';

/** A screen asks the app to show another one (`path`: the part after `#`). */
export class BalanseNavigateEvent extends CustomEvent<{ readonly path: string }> {
  constructor(path: string) {
    super('balanse-navigate', { bubbles: true, composed: true, detail: { path } });
  }
}

/** The sign-in form was sent (`token`: what was typed, trimmed). */
export class BalanseSignInEvent extends CustomEvent<{ readonly token: string }> {
  constructor(token: string) {
    super('balanse-sign-in', { bubbles: true, composed: true, detail: { token } });
  }
}

/** The leader saved or deleted the action plan (`plan`: as the server now holds it, or null). */
export class BalansePlanChangeEvent extends CustomEvent<{ readonly plan: Plan | null }> {
  constructor(plan: Plan | null) {
    super('balanse-plan-change', { bubbles: true, composed: true, detail: { plan } });
  }
}

/** A tenant's theme was saved: pages that show it reload its stylesheet. */
export class BalanseThemeChangeEvent extends Event {
  constructor() {
    super('balanse-theme-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'balanse-navigate': BalanseNavigateEvent;
    'balanse-sign-in': BalanseSignInEvent;
    'balanse-plan-change': BalansePlanChangeEvent;
    'balanse-theme-change': BalanseThemeChangeEvent;
  }
}
