import { ITEMS_PER_PAGE } from '../constants/index.js';

/** Splits item ids into pages of `size`, in order. */
export function pagesOf(ids: readonly string[], size = ITEMS_PER_PAGE): string[][] {
  const pages: string[][] = [];
  for (let i = 0; i < ids.length; i += size) pages.push(ids.slice(i, i + size));
  return pages;
}
