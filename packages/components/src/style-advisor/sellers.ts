/**
 * The style advisor's data: what the leader enters per seller (§8.14), how it is
 * kept in Web Storage when the host opts in, and how it becomes core's input. No model rule
 * lives here: `recommendStyle` in core decides.
 */
import type { ReportSellerInput, SellerInput } from '@balanse/core';
import { readJson, SafeStore, type StorageMode } from '../base/storage.js';

/** A rating on the advisor's 1–5 scale, or `null` while not rated. */
export type Rating = 1 | 2 | 3 | 4 | 5;

/** One seller as the leader entered them. */
export interface AdvisorSeller {
  /** A stable id for this seller in this advisor (not shown; used to keep inputs apart). */
  readonly id: string;
  readonly name: string;
  /** Knowledge and skill in practice. */
  readonly competence: readonly [Rating | null, Rating | null];
  /** Motivation and confidence. */
  readonly commitment: readonly [Rating | null, Rating | null];
  /** In the role less than 6 months. */
  readonly newInRole: boolean;
  /** Performs below their own level and believes it is fine. */
  readonly comfortZone: boolean;
  /** Low energy or safety: exhausted, insecure or overwhelmed. */
  readonly lowEnergy: boolean;
}

/** Where the advisor keeps what is entered: `none` (default) keeps it in the page only. */
export type AdvisorStorage = StorageMode;

const rating = (v: unknown): Rating | null =>
  typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? (v as Rating) : null;
const pair = (v: unknown): [Rating | null, Rating | null] =>
  Array.isArray(v) ? [rating(v[0]), rating(v[1])] : [null, null];

let counter = 0;
/** A new seller id, unique within the page. */
export const newSellerId = (): string => `s${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A blank seller. */
export const blankSeller = (): AdvisorSeller => ({
  id: newSellerId(),
  name: '',
  competence: [null, null],
  commitment: [null, null],
  newInRole: false,
  comfortZone: false,
  lowEnergy: false,
});

/** Reads sellers from a host or from storage, dropping anything that is not a seller's field. */
export function normalizeSellers(value: unknown): AdvisorSeller[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  return value
    .filter((s): s is Record<string, unknown> => typeof s === 'object' && s !== null)
    .map((s) => {
      let id = typeof s.id === 'string' && s.id !== '' ? s.id : newSellerId();
      if (seen.has(id)) id = newSellerId();
      seen.add(id);
      return {
        id,
        name: typeof s.name === 'string' ? s.name.slice(0, 200) : '',
        competence: pair(s.competence),
        commitment: pair(s.commitment),
        newInRole: s.newInRole === true,
        comfortZone: s.comfortZone === true,
        lowEnergy: s.lowEnergy === true,
      };
    });
}

const rated = (p: readonly (Rating | null)[]): number[] => p.filter((r): r is Rating => r !== null);

/** Core's input for one seller, or `null` until competence and commitment each have a rating. */
export function toSellerInput(s: AdvisorSeller, weakFoundation: boolean): SellerInput | null {
  const competence = rated(s.competence);
  const commitment = rated(s.commitment);
  if (competence.length === 0 || commitment.length === 0) return null;
  return {
    competence,
    commitment,
    newInRole: s.newInRole,
    comfortZone: s.comfortZone,
    lowEnergy: s.lowEnergy,
    weakFoundation,
  };
}

/** The sellers that are rated enough, as `buildReport`'s `sellers` for the leader's private report. */
export function toReportSellers(sellers: readonly AdvisorSeller[]): ReportSellerInput[] {
  return sellers.flatMap((s, i) => {
    const input = toSellerInput(s, false);
    if (!input) return [];
    // weakFoundation is left out: the report takes it from the team's own balance.
    const { competence, commitment, newInRole, comfortZone, lowEnergy } = input;
    return [{ name: s.name.trim() || `#${i + 1}`, competence, commitment, newInRole, comfortZone, lowEnergy }];
  });
}

const STORAGE_PREFIX = 'balanse-advisor:';

/** The storage key of one advisor. */
export const storageKey = (advisorId: string): string => `${STORAGE_PREFIX}${advisorId || 'default'}`;

/**
 * The advisor's store in `mode`. Nothing is kept in memory when the browser refuses: the element
 * holds its sellers itself, and a refused save is shown to the leader, not hidden.
 */
const storeFor = (mode: AdvisorStorage) => new SafeStore(mode, { remember: false });

/** Reads stored sellers: `null` when nothing is stored, `false` when storage is unavailable. */
export function loadSellers(mode: AdvisorStorage, advisorId: string): AdvisorSeller[] | null | false {
  const store = storeFor(mode);
  const data = readJson(store, storageKey(advisorId));
  if (store.degraded) return false;
  if (data === undefined || data === null) return null;
  return normalizeSellers((data as { sellers?: unknown }).sellers);
}

/** Saves the sellers; returns false when the browser refused (full, blocked or missing storage). */
export function saveSellers(mode: AdvisorStorage, advisorId: string, sellers: readonly AdvisorSeller[]): boolean {
  return storeFor(mode).set(storageKey(advisorId), JSON.stringify({ version: 1, sellers }));
}

/** Removes what this advisor stored, from both local and session storage. */
export function clearSellers(advisorId: string): void {
  for (const mode of ['local', 'session'] as const) storeFor(mode).remove(storageKey(advisorId));
}
