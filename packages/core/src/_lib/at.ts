/**
 * `list[index]` where the index is in range by construction: a loop bounded by the list's own
 * length, a position the compiled instrument made. Throws when it is not, naming the index, so a
 * broken invariant fails where it breaks rather than as `undefined` further on (docs/adr/0007).
 *
 * @param list - the array (or typed array) to read
 * @param index - a position the caller knows to be in range
 * @returns the element at `index`
 * @throws {RangeError} when `list` has no element at `index`: a bug in core, never bad input
 */
export function at<T>(list: ArrayLike<T>, index: number): T {
  const value = list[index];
  // Not `??`: a list may hold null as a value (a figure without a name), only undefined is a miss.
  if (value === undefined) outOfRange(list, index);
  return value;
}

/**
 * `rows[row][column]` where both are in range by construction (a unit × figure table the caller
 * built): `at` twice, so a broken invariant names the position that was missing.
 *
 * @param rows - the table, as a list of rows
 * @param row - a row the caller knows to exist
 * @param column - a column the caller knows to exist in that row
 * @returns the cell at `row`, `column`
 * @throws {RangeError} when the table has no such cell: a bug in core, never bad input
 */
export function cell<T>(rows: ArrayLike<ArrayLike<T>>, row: number, column: number): T {
  return at(at(rows, row), column);
}

/**
 * Capture group `index` of a regular-expression match, where the pattern always fills it (a
 * group outside any `?`, `*` or alternative): a broken pattern fails here, naming the group.
 *
 * @param match - a match of a pattern whose group `index` always takes part
 * @param index - the group's number
 * @returns the group's text
 * @throws {RangeError} when the group took no part in the match: a bug in core, never bad input
 */
export function group(match: RegExpMatchArray, index: number): string {
  const value = match[index];
  if (value === undefined) throw new RangeError(`internal: group ${index} of a match of "${match[0]}" is empty`);
  return value;
}

/**
 * The failure of an in-range read in a hot loop, written `list[i] ?? outOfRange(list, i)`.
 *
 * Why not `at` there: V8 keeps one set of type feedback per function, shared by every caller.
 * `at` reads strings, objects, plain arrays and typed arrays across core, so its load is
 * megamorphic, and the loops that score and summarise (millions of reads of numbers) ran at half
 * speed through it. Even one reader per element kind stayed ~40 % slower than a read in place
 * (`pnpm bench`, docs/benchmarks.md). Written in place, each read keeps its own feedback; `??`
 * costs a compare, and a miss still fails loudly here instead of as `undefined` further on. Use
 * it only on lists whose elements cannot be `null` or `undefined` (numbers, typed arrays).
 *
 * @param list - the list that was read
 * @param index - the position that held nothing
 * @returns never
 * @throws {RangeError} always, naming the position: a bug in core, never bad input
 */
export function outOfRange(list: ArrayLike<unknown>, index: number): never {
  throw new RangeError(`internal: no element at ${index} of a list of ${list.length}`);
}
