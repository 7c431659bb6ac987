/**
 * The app's screens as paths after `#`, so that a reload, the back button and a shared link land
 * on the same screen without any server route: `#/` (the tenants, or the one tenant of an admin
 * token), `#/t/<tenant>/units`, `#/t/<tenant>/rounds`, `#/t/<tenant>/rounds/<round>`,
 * `#/t/<tenant>/theme`.
 */
export type Route =
  | { screen: 'tenants' }
  | { screen: 'units' | 'rounds' | 'theme'; tenant: string }
  | { screen: 'round'; tenant: string; round: string };

const ID = '[0-9a-fA-F-]{36}';
const ROUND = new RegExp(`^/t/(${ID})/rounds/(${ID})$`);
const SCREEN = new RegExp(`^/t/(${ID})/(units|rounds|theme)$`);
const TENANT = new RegExp(`^/t/(${ID})/?$`);

const isScreen = (name: string | undefined): name is 'units' | 'rounds' | 'theme' =>
  name === 'units' || name === 'rounds' || name === 'theme';

/** The screen a hash names; anything else, a mistyped or an old link, is the start screen. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const [, roundTenant, round] = ROUND.exec(path) ?? [];
  if (roundTenant && round) return { screen: 'round', tenant: roundTenant, round };
  const [, screenTenant, screen] = SCREEN.exec(path) ?? [];
  if (screenTenant && isScreen(screen)) return { screen, tenant: screenTenant };
  const [, tenant] = TENANT.exec(path) ?? [];
  if (tenant) return { screen: 'units', tenant };
  return { screen: 'tenants' };
}

export function routePath(route: Route): string {
  switch (route.screen) {
    case 'tenants':
      return '/';
    case 'round':
      return `/t/${route.tenant}/rounds/${route.round}`;
    default:
      return `/t/${route.tenant}/${route.screen}`;
  }
}
