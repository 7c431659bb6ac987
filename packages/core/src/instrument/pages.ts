import { ITEMS_PER_PAGE } from '../constants/index.js';

/** Splits item ids into pages of `size`, in order. *
 * @param ids - item ids, in survey order
 * @param size - items per page; 8 by default (`ITEMS_PER_PAGE`)
 * @returns the ids split into pages, the last one possibly shorter
 * @throws Never: it slices a list
 */
export function pagesOf(ids: readonly string[], size = ITEMS_PER_PAGE): string[][] {
  const pages: string[][] = [];
  for (let i = 0; i < ids.length; i += size) pages.push(ids.slice(i, i + size));
  return pages;
}
