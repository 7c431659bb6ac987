import { at } from '../_lib/at.js';
import { itemKey } from '../anonymity/figures.js';
import { ITEM_EXTREMES_PER_SCALE } from '../constants/index.js';
import { exceeds } from '../_lib/cut/index.js';
import { localize } from '../instrument/localize.js';
import type { ScoringOptions } from '../options/scoring.js';
import type { ItemSummary, TeamSummaryOk } from '../summarizeTeam/types.js';
import { SCALES } from '../vocabulary/index.js';
import type { ReportItem, ReportItemScale } from './report-schema.js';
import type { Writer } from './writer.js';

interface Shown {
  readonly id: string;
  readonly text: string;
  readonly item: ItemSummary;
}

/**
 * The strongest and weakest of a scale's shown items by score (ties in instrument order), as many
 * of each as `ITEM_EXTREMES_PER_SCALE`, never more than half of the items, so no item is both;
 * and only items that differ from the other end, so a scale whose items all score alike names none.
 */
function extremes(shown: readonly Shown[]): { strongest: string[]; weakest: string[] } {
  const ranked = shown
    .map((s, order) => ({ ...s, order }))
    .sort((a, b) => b.item.score - a.item.score || a.order - b.order);
  const per = Math.min(ITEM_EXTREMES_PER_SCALE, Math.floor(ranked.length / 2));
  if (per === 0) return { strongest: [], weakest: [] };
  const top = at(ranked, 0).item.score;
  const bottom = at(ranked, ranked.length - 1).item.score;
  const strongest = ranked.slice(0, per).filter((s) => exceeds(s.item.score, bottom));
  const weakest = ranked
    .slice(-per)
    .reverse()
    .filter((s) => exceeds(top, s.item.score));
  return { strongest: strongest.map((s) => s.id), weakest: weakest.map((s) => s.id) };
}

/**
 * The item detail (§8.5): per scale, every item the release rules show, with its score, mean,
 * three-band distribution over those who answered it and its share of "cannot answer" over the
 * unit's counted respondents; the items the rules hide, with the reason; and the strongest and
 * weakest items, which show the leader which behaviours drive the scale.
 */
export function itemsSection(
  w: Writer,
  team: TeamSummaryOk,
  o: ScoringOptions,
): { note: string; scales: ReportItemScale[] } {
  const { instrument, positionsByScale } = o.compiled;
  const label = localize(instrument.cannotAnswerLabel, w.locale);
  const scales = SCALES.map((scale, s): ReportItemScale => {
    const shown: Shown[] = [];
    const notShown: ReportItemScale['notShown'] = [];
    for (const p of at(positionsByScale, s)) {
      const def = at(instrument.items, p);
      const text = localize(def.text, w.locale);
      const item = team.items[def.id];
      if (item) shown.push({ id: def.id, text, item });
      else {
        const reason = team.hidden[itemKey(def.id)] ?? 'below-threshold';
        notShown.push({ id: def.id, text, reason: w.f(w.m.hidden.figure[reason], { required: team.required }) });
      }
    }
    const { strongest, weakest } = extremes(shown);
    const rows = shown.map(({ id, text, item }): ReportItem => {
      const d = item.distribution;
      return {
        id,
        text,
        score: item.score,
        mean: item.mean,
        n: item.n,
        distribution: { favourable: d.favourable, neutral: d.neutral, unfavourable: d.unfavourable },
        cannotAnswer: item.cannotAnswer,
        rank: strongest.includes(id) ? 'strongest' : weakest.includes(id) ? 'weakest' : null,
        scoreText: w.f(w.m.report.score, { value: item.score }),
        meanText: w.f(w.m.items.mean, { value: item.mean }, 1),
        distributionText: w.f(w.m.items.distribution, {
          favourable: d.favourable,
          neutral: d.neutral,
          unfavourable: d.unfavourable,
        }),
        cannotAnswerText:
          item.cannotAnswer > 0
            ? w.f(w.m.items.cannotAnswer, {
                label,
                count: item.cannotAnswer,
                percent: w.percent(item.cannotAnswer / team.n),
              })
            : null,
      };
    });
    return { scale, name: w.m.scales[scale].name, rows, strongest, weakest, notShown };
  });
  return { note: w.m.items.note, scales };
}
