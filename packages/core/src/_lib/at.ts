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
  if (value === undefined) throw new RangeError(`internal: no element at ${index} of a list of ${list.length}`);
  return value;
}
