import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { cssProps } from '../base/css-props.js';
import {
  balanceTexts,
  formatMessage,
  numberFormat,
  scalesTexts,
  zonesTexts,
  type BalanceAssessment,
  type ReportBalance,
} from '@balanse/core';
import { BalanseElement } from '../base/balanse-element.js';
import { balanceBoardStyles } from './balance-board.styles.js';
import { STRINGS } from './strings.js';

/** What the board shows: core's `assessBalance` result, or a Report's `balance`, which adds its texts. */
export type BalanceBoardData = BalanceAssessment | ReportBalance;

// The picture in SVG user units: the plank rests on the log at PIVOT and turns around it.
const WIDTH = 400;
const HEIGHT = 212;
const PIVOT = { x: 200, y: 140 };
const LOG_R = 26;
const PLANK = { left: 40, right: 360, height: 12 };
const ARM = { relation: 72, system: 328 };
/** The largest angle the board turns, in degrees, reached at a tilt of MAX_TILT points. */
const MAX_ANGLE = 12;
const MAX_TILT = 40;

const isBalance = (b: unknown): b is BalanceBoardData =>
  typeof b === 'object' &&
  b !== null &&
  typeof (b as BalanceAssessment).tilt === 'number' &&
  typeof (b as BalanceAssessment).scores === 'object';

/**
 * The angle of the board for a tilt: none when core reads the board as balanced, else
 * proportional to the tilt and bounded, with the relation side (left) down for a positive tilt.
 */
export function boardAngle(balance: Pick<BalanceAssessment, 'tilt' | 'lean'>): number {
  if (balance.lean === 'balanced') return 0;
  const t = Math.max(-MAX_TILT, Math.min(MAX_TILT, balance.tilt));
  return (-t / MAX_TILT) * MAX_ANGLE;
}

/**
 * @summary The balance board: relational leadership on one side, system leadership on the other,
 * resting on the administration foundation. The board tilts with core's tilt, the arrows show the
 * pressure on each side, and a weak foundation is said first and drawn cracked. Every value and
 * reading is also given as text.
 *
 * @csspart base - The figure around everything.
 * @csspart title - The board's title.
 * @csspart foundation-notice - "The foundation is weak…", shown before the board when it is.
 * @csspart summary - The lean and pressure sentences that label the picture.
 * @csspart chart - The SVG picture.
 * @csspart plank - The board.
 * @csspart relation-arrow - The pressure arrow on the relation side, sized by its score.
 * @csspart system-arrow - The pressure arrow on the system side, sized by its score.
 * @csspart side-label - The name and score above each side.
 * @csspart foundation - The log the board rests on (also `data-foundation="weak|solid"`).
 * @csspart crack - The crack drawn through a weak foundation.
 * @csspart foundation-label - The foundation's name and score.
 * @csspart ground - The ground line.
 * @csspart scores - The list of the three scores.
 * @csspart score - One score in that list.
 * @csspart statements - The model's sentences about this board.
 * @csspart statement - One sentence.
 * @csspart profile - The profile (A or B) with its description, when the board leans.
 *
 * @cssproperty --balanse-balance-board-max-width - Largest width of the picture (default 32rem).
 * @cssproperty --balanse-balance-board-gap - Space between the pieces.
 * @cssproperty --balanse-balance-board-relation-color - The relation side.
 * @cssproperty --balanse-balance-board-system-color - The system side.
 * @cssproperty --balanse-balance-board-foundation-color - The administration log.
 * @cssproperty --balanse-balance-board-plank-color - The board itself.
 * @cssproperty --balanse-balance-board-warning-color - The weak-foundation notice and crack.
 * @cssproperty --balanse-balance-board-duration - How long the board takes to tilt, when motion is allowed.
 */
export class BalanseBalanceBoard extends BalanseElement {
  static override styles = balanceBoardStyles;

  static override properties = {
    ...BalanseElement.properties,
    balance: { attribute: false },
  };

  /** The leader's balance: core's `BalanceAssessment` or a Report's `balance`; `null` shows an empty board. */
  declare balance: BalanceBoardData | null;

  constructor() {
    super();
    this.balance = null;
  }

  #format(value: number): string {
    return numberFormat(this.locale).format(value);
  }

  /** The model's sentences: the Report's own when given, else core's texts in this element's language. */
  #texts(b: BalanceBoardData) {
    if ('leanText' in b) {
      return {
        foundation: b.foundationText,
        lean: b.leanText,
        force: b.forceText,
        profile: b.profileText,
        expectedZone: b.expectedZoneText,
        tilt: b.tiltText,
      };
    }
    const m = balanceTexts[this.locale];
    return {
      foundation: m.foundation[b.foundation],
      lean: m.lean[b.lean],
      force: b.force === null ? null : m.force[b.force],
      profile: b.profile ? m.profile[b.profile] : null,
      expectedZone: formatMessage(m.expectedZone, { zone: zonesTexts[this.locale][b.expectedZone].term }, this.locale),
      tilt: formatMessage(m.tilt, { value: b.tilt }, this.locale),
    };
  }

  #renderArrow(side: 'relation' | 'system', score: number): SVGTemplateResult {
    const x = ARM[side];
    const tip = PIVOT.y - PLANK.height - 2;
    // Length and weight grow with the score: light pressure is a short, thin arrow.
    const length = 14 + score * 0.62;
    const width = 2 + score / 20;
    const head = 6 + width;
    const name = scalesTexts[this.locale][side].short;
    return svg`<g part=${`${side}-arrow`} class=${`arrow ${side}`}>
        <line x1=${x} y1=${tip - length} x2=${x} y2=${tip - head + 1} stroke-width=${width}></line>
        <path d=${`M${x - head} ${tip - head}L${x + head} ${tip - head}L${x} ${tip}Z`}></path>
      </g>
      <text part="side-label" class="side-label upright label" x=${x} y=${tip - length - 10} text-anchor="middle">${name} ${this.#format(score)}</text>`;
  }

  #renderBoard(b: BalanceBoardData | null): TemplateResult {
    const angle = b ? boardAngle(b) : 0;
    const weak = b?.foundation === 'weak';
    const s = STRINGS[this.locale];
    const logY = PIVOT.y + LOG_R;
    const ground = logY + LOG_R;
    const adminName = scalesTexts[this.locale].administration.short;
    return html`<svg part="chart" class="chart" viewBox=${`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="title summary" focusable="false">
      <line part="ground" class="ground" x1="20" y1=${ground} x2=${WIDTH - 20} y2=${ground}></line>
      <g class="tilting" ${cssProps({ '--_balanse-tilt': `${angle}deg`, 'transform-origin': `${PIVOT.x}px ${PIVOT.y}px` })}>
        <rect part="plank" class="plank" x=${PLANK.left} y=${PIVOT.y - PLANK.height} width=${PLANK.right - PLANK.left} height=${PLANK.height} rx="3"></rect>
        ${b ? [this.#renderArrow('relation', b.scores.relation), this.#renderArrow('system', b.scores.system)] : nothing}
      </g>
      <circle part="foundation" class=${weak ? 'log weak' : 'log'} data-foundation=${weak ? 'weak' : 'solid'} cx=${PIVOT.x} cy=${logY} r=${LOG_R}></circle>
      ${
        weak
          ? svg`<path part="crack" class="crack" d=${`M${PIVOT.x - 6} ${PIVOT.y + 2}l9 12l-8 9l10 11l-6 10l5 8`}></path>`
          : svg`<circle class="ring" cx=${PIVOT.x} cy=${logY} r=${LOG_R / 2}></circle>`
      }
      <text part="foundation-label" class="foundation-label label" x=${PIVOT.x} y=${ground + 18} text-anchor="middle">
        ${weak ? s.foundationWeak : adminName}${b ? `: ${this.#format(b.scores.administration)}` : ''}
      </text>
    </svg>`;
  }

  override render(): TemplateResult {
    const b = isBalance(this.balance) ? this.balance : null;
    const m = balanceTexts[this.locale];
    const s = STRINGS[this.locale];
    const t = b ? this.#texts(b) : null;
    const scales = scalesTexts[this.locale];
    const weak = b?.foundation === 'weak';
    return html`<figure part="base" class="base">
      <figcaption>
        <p part="title" class="title" id="title">${m.title}</p>
        ${
          weak && t
            ? html`<p part="foundation-notice" class="notice">
              <svg class="notice-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <path d="M10 1.5L19 18H1Z"></path>
                <rect x="9" y="7" width="2" height="6"></rect>
                <rect x="9" y="14.5" width="2" height="2"></rect>
              </svg>
              <span>${t.foundation}</span>
            </p>`
            : nothing
        }
        <p part="summary" class="summary" id="summary">${t ? (t.force ? `${t.lean} ${t.force}` : t.lean) : s.empty}</p>
      </figcaption>
      ${this.#renderBoard(b)}
      ${
        b && t
          ? html`<dl part="scores" class="scores" aria-label=${s.scoresLabel}>
              ${(['relation', 'system', 'administration'] as const).map(
                (k) => html`<div part="score" class="score" data-scale=${k}>
                  <dt>${scales[k].name}</dt>
                  <dd>${formatMessage(s.scoreValue, { value: b.scores[k] }, this.locale)}</dd>
                </div>`,
              )}
            </dl>
            <ul part="statements" class="statements">
              ${weak ? nothing : html`<li part="statement">${t.foundation}</li>`}
              ${
                t.profile
                  ? html`<li part="statement profile" class="profile"><strong>${t.profile.name}.</strong> ${t.profile.text}</li>`
                  : nothing
              }
              <li part="statement">${t.expectedZone}</li>
              <li part="statement">${t.tilt}</li>
            </ul>`
          : nothing
      }
    </figure>`;
  }
}
