/** Registers the leader's page and what it shows: the report, the style advisor, the action plan. */
import '@balanse/components/define/balanse-report';
import '@balanse/components/define/balanse-style-advisor';
import { BalanseActionPlan } from '../action-plan/action-plan.js';
import { BalanseLeaderPage } from '../leader-page/leader-page.js';

BalanseActionPlan.define('balanse-action-plan');
BalanseLeaderPage.define('balanse-leader-page');

declare global {
  interface HTMLElementTagNameMap {
    'balanse-action-plan': BalanseActionPlan;
    'balanse-leader-page': BalanseLeaderPage;
  }
}
