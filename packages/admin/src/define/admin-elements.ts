/**
 * Registers the administrators' app and every element it shows. The reused elements of
 * @balanse/components (the report, the survey for the theme preview) register through their own
 * define modules, so a page that also loads them another way keeps one copy.
 */
import '@balanse/components/define/balanse-report';
import '@balanse/components/define/balanse-survey';
import { BalanseAdminApp } from '../app/admin-app.js';
import { BalanseQrCode } from '../qr-code/qr-code.js';
import { BalanseAdminRound } from '../round/round-view.js';
import { BalanseAdminRounds } from '../rounds/rounds-view.js';
import { BalanseAdminSignIn } from '../sign-in/sign-in.js';
import { BalanseAdminTenants } from '../tenants/tenants-view.js';
import { BalanseAdminTheme } from '../theme/theme-view.js';
import { BalanseAdminUnits } from '../units/units-view.js';

BalanseQrCode.define('balanse-qr-code');
BalanseAdminSignIn.define('balanse-admin-sign-in');
BalanseAdminTenants.define('balanse-admin-tenants');
BalanseAdminUnits.define('balanse-admin-units');
BalanseAdminRounds.define('balanse-admin-rounds');
BalanseAdminRound.define('balanse-admin-round');
BalanseAdminTheme.define('balanse-admin-theme');
BalanseAdminApp.define('balanse-admin-app');

declare global {
  interface HTMLElementTagNameMap {
    'balanse-admin-app': BalanseAdminApp;
    'balanse-admin-sign-in': BalanseAdminSignIn;
    'balanse-admin-tenants': BalanseAdminTenants;
    'balanse-admin-units': BalanseAdminUnits;
    'balanse-admin-rounds': BalanseAdminRounds;
    'balanse-admin-round': BalanseAdminRound;
    'balanse-admin-theme': BalanseAdminTheme;
    'balanse-qr-code': BalanseQrCode;
  }
}
