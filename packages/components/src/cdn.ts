/**
 * The script-tag bundle: registers every Balanse element. Built self-contained (Lit and core
 * inside) into dist/cdn/balanse.js, the package's `unpkg` entry.
 */
export * from './index.js';
import './define/balanse-survey.js';
import './define/balanse-zone-map.js';
import './define/balanse-balance-board.js';
import './define/balanse-style-advisor.js';
import './define/balanse-report.js';
