import { ANONYMITY_K_MIN } from '../constants/index.js';
import { atLeast } from '../_lib/cut/index.js';
import { BalanseError } from '../errors/index.js';
import type { Estimate, TeamSummary } from '../summarizeTeam/types.js';
import { ITEM_CHARACTERISTICS, SCALES } from '../vocabulary/index.js';
import { characteristicKey, itemKey, type FigureKey } from './figures.js';
import { isSafeDifference, meetsThreshold } from './threshold.js';

/** One broken rule in a summary received from elsewhere: where, and what the rule is. */
export interface SummaryIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly input: unknown;
}

/** An interval that holds its mean, within the rounding tolerance of the cut rule. */
const containsMean = (e: Estimate) => atLeast(e.mean, e.interval[0]) && atLeast(e.interval[1], e.mean);

/**
 * ANONYMITY.md R6: the counts of a summary received from elsewhere (a server, a file, a caller)
 * are checked against its own k and against each other before anything is built from it. A
 * forged summary, one that claims n = 1 or whose figures count different people than the rules
 * allow, yields issues; a summary that `summarizeTeam` or `summarizeUnits` made yields none.
 */
export function summaryIssues(summary: TeamSummary): SummaryIssue[] {
  const issues: SummaryIssue[] = [];
  const k = summary.required;
  const add = (path: (string | number)[], message: string, input: unknown) => issues.push({ path, message, input });
  if (!meetsThreshold(k, ANONYMITY_K_MIN)) {
    add(['required'], `must be at least ${ANONYMITY_K_MIN}: no summary is made with a lower anonymity threshold`, k);
  }
  if (summary.status !== 'ok') return issues;

  const n = summary.n;
  const kRule = `must be at least required (${k}): anonymity`;
  if (!meetsThreshold(n, k)) add(['n'], kRule, n);
  for (const scale of SCALES) {
    const s = summary.scales[scale];
    if (s.n !== n) add(['scales', scale, 'n'], `must equal n (${n}): every scale counts the same respondents`, s.n);
    const d = s.distribution;
    if (d.favourable + d.neutral + d.unfavourable !== s.n) {
      add(['scales', scale, 'distribution'], `must add up to the scale's n (${s.n})`, d);
    }
    if (!containsMean(s)) add(['scales', scale, 'interval'], `must contain the mean (${s.mean})`, s.interval);
  }

  const hidden = summary.hidden;
  /** A figure over a subset of the counted respondents: k or more, and nobody or k or more left out. */
  const checkSubset = (path: (string | number)[], count: number) => {
    if (!meetsThreshold(count, k)) add([...path, 'n'], kRule, count);
    else if (count > n)
      add([...path, 'n'], `must be at most n (${n}): a figure counts only the unit's respondents`, count);
    else if (!isSafeDifference(n - count, k)) {
      add(
        [...path, 'n'],
        `must leave out nobody or at least required (${k}) of the n (${n}) respondents: anonymity`,
        count,
      );
    }
  };
  const checkAbsent = (key: FigureKey, present: boolean, path: (string | number)[]) => {
    if (present && hidden[key] !== undefined)
      add(['hidden', key], 'must not be given for a figure that is shown', hidden[key]);
    if (!present && hidden[key] === undefined) add(path, 'must say in hidden why it is not shown', null);
  };
  for (const [id, item] of Object.entries(summary.items)) {
    if (item) checkSubset(['items', id], item.n);
    checkAbsent(itemKey(id), item !== null, ['items', id]);
  }
  const both = summary.characteristics.safetyAndStandard;
  if (!both)
    add(['characteristics', 'safetyAndStandard'], 'must be given: it counts the same respondents as the scales', both);
  else if (both.n !== n) add(['characteristics', 'safetyAndStandard', 'n'], `must equal n (${n})`, both.n);
  else if (both.mean !== Math.min(summary.scales.safety.mean, summary.scales.standard.mean)) {
    add(
      ['characteristics', 'safetyAndStandard', 'mean'],
      'must be the lower of the safety and standard means (§8.12)',
      both.mean,
    );
  }
  if (both && !containsMean(both))
    add(['characteristics', 'safetyAndStandard', 'interval'], `must contain the mean (${both.mean})`, both.interval);
  for (const c of ITEM_CHARACTERISTICS) {
    const e = summary.characteristics[c];
    if (e) checkSubset(['characteristics', c], e.n);
    if (e && !containsMean(e)) add(['characteristics', c, 'interval'], `must contain the mean (${e.mean})`, e.interval);
    checkAbsent(characteristicKey(c), e !== null, ['characteristics', c]);
  }

  const flagged = summary.flags.flagged;
  if (flagged > n) add(['flags', 'flagged'], `must be at most n (${n})`, flagged);
  const sensitivity = summary.sensitivity;
  if (sensitivity) {
    checkSubset(['sensitivity'], sensitivity.n);
    if (sensitivity.n !== n - flagged)
      add(['sensitivity', 'n'], `must equal n − flags.flagged (${n - flagged})`, sensitivity.n);
  }
  checkAbsent('sensitivity', sensitivity !== null || flagged === 0, ['sensitivity']);

  if (
    summary.zone.safety.score !== summary.scales.safety.mean ||
    summary.zone.standard.score !== summary.scales.standard.mean
  ) {
    add(['zone'], 'must be placed at the scores of safety and standard', summary.zone);
  }
  const b = summary.balance.scores;
  if (
    b.relation !== summary.scales.relation.mean ||
    b.system !== summary.scales.system.mean ||
    b.administration !== summary.scales.administration.mean
  ) {
    add(['balance', 'scores'], 'must be the scores of relation, system and administration', b);
  }
  return issues;
}

/**
 * R6 against the caller's own k: a summary made with a lower threshold than the options ask for
 * is refused, never shown under the stricter one. Throws a `BalanseError` naming `required`.
 */
export function assertThreshold(summary: TeamSummary, k: number, root: string): void {
  if (!meetsThreshold(summary.required, k)) {
    throw new BalanseError(
      'invalid_input',
      `${root}.required`,
      `must be at least options.minGroupSize (${k}): the summary was made with a lower anonymity threshold`,
      summary.required,
    );
  }
}
