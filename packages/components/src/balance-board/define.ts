import { BalanseBalanceBoard } from './balance-board.js';

BalanseBalanceBoard.define('balanse-balance-board');

declare global {
  interface HTMLElementTagNameMap {
    'balanse-balance-board': BalanseBalanceBoard;
  }
}
