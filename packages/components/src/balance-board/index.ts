export { BalanseBalanceBoard, boardAngle, type BalanceBoardData } from './balance-board.js';
export { STRINGS as BALANCE_BOARD_STRINGS, type BalanceBoardStrings } from './strings.js';
