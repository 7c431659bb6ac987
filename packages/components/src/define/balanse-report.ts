// The report draws the zone map and the balance board, so it registers them too.
import './balanse-zone-map.js';
import './balanse-balance-board.js';
import { BalanseReport } from '../report/report.js';

BalanseReport.define('balanse-report');

declare global {
  interface HTMLElementTagNameMap {
    'balanse-report': BalanseReport;
  }
}
