import { BalanseBalanceBoard } from '../balance-board/balance-board.js';
import { BalanseReport } from './report.js';
import { BalanseZoneMap } from '../zone-map/zone-map.js';

// The report draws the zone map and the balance board, so it registers them too. The calls are
// here rather than an import of their define files: a define file shared between entries would
// be split into a chunk that bundlers drop as side-effect free.
BalanseZoneMap.define('balanse-zone-map');
BalanseBalanceBoard.define('balanse-balance-board');
BalanseReport.define('balanse-report');

declare global {
  interface HTMLElementTagNameMap {
    'balanse-report': BalanseReport;
  }
}
