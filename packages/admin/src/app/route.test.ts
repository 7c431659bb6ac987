import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, type Route } from './route.js';

const T = '0b6f3c52-8d0e-4f7a-9a51-2f4e9c1d7a10';
const R = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';

describe('the app’s routes', () => {
  it.each<[string, Route]>([
    ['', { screen: 'tenants' }],
    ['#/', { screen: 'tenants' }],
    [`#/t/${T}`, { screen: 'units', tenant: T }],
    [`#/t/${T}/`, { screen: 'units', tenant: T }],
    [`#/t/${T}/units`, { screen: 'units', tenant: T }],
    [`#/t/${T}/rounds`, { screen: 'rounds', tenant: T }],
    [`#/t/${T}/theme`, { screen: 'theme', tenant: T }],
    [`#/t/${T}/rounds/${R}`, { screen: 'round', tenant: T, round: R }],
  ])('%s opens %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it.each([
    `#/t/${T}/reports`,
    `#/t/${T}/rounds/${R}/extra`,
    `#/t/not-an-id/units`,
    `#/t/${T}/rounds/not-an-id`,
    '#/t//units',
    '#javascript:alert(1)',
  ])('an unknown or malformed hash (%s) opens the start screen', (hash) => {
    expect(parseRoute(hash)).toEqual({ screen: 'tenants' });
  });

  it.each<Route>([
    { screen: 'tenants' },
    { screen: 'units', tenant: T },
    { screen: 'rounds', tenant: T },
    { screen: 'theme', tenant: T },
    { screen: 'round', tenant: T, round: R },
  ])('routePath(%o) reads back as the same route', (route) => {
    expect(parseRoute(`#${routePath(route)}`)).toEqual(route);
  });
});
