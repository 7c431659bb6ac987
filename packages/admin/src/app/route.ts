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

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  let m = new RegExp(`^/t/(${ID})/rounds/(${ID})$`).exec(path);
  if (m) return { screen: 'round', tenant: m[1]!, round: m[2]! };
  m = new RegExp(`^/t/(${ID})/(units|rounds|theme)$`).exec(path);
  if (m) return { screen: m[2] as 'units' | 'rounds' | 'theme', tenant: m[1]! };
  m = new RegExp(`^/t/(${ID})/?$`).exec(path);
  if (m) return { screen: 'units', tenant: m[1]! };
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
