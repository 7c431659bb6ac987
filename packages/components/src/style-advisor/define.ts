import { BalanseStyleAdvisor } from './style-advisor.js';

BalanseStyleAdvisor.define('balanse-style-advisor');

declare global {
  interface HTMLElementTagNameMap {
    'balanse-style-advisor': BalanseStyleAdvisor;
  }
}
