import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import {
  ZONE_AXES,
  ZONE_QUADRANTS,
  type ReportZone,
  type Zone,
  type ZoneAxis,
  type ZoneAxisReading,
  type ZoneClassification,
} from '@balanse/core';
import { ZONE_CUT } from '@balanse/core/constants';
import { formatMessage, numberFormat, scalesTexts, zoneMapTexts, zonesTexts } from '@balanse/core/messages';
import { BalanseElement } from '../base/balanse-element.js';
import { STRINGS } from './strings.js';
import { zoneMapStyles } from './zone-map.styles.js';

/**
 * The leader's own placement of the team on the map: two scores 0–100, and optionally the zone
 * core placed it in (`compareSelf(...).selfZone`) and its sentence (a Report zone's `self`).
 */
export interface SelfPlacement {
  readonly safety: number;
  readonly standard: number;
  readonly zone?: Zone;
  readonly text?: string;
}

/** What the map shows: core's `classifyZone` result, or a Report's `zone`, which adds its texts. */
export type ZoneMapData = ZoneClassification | ReportZone;

// The plot in SVG user units: 0–100 on both axes maps to a SIZE × SIZE square at (X0, Y0), with
// room on the left and below for the axis names.
const X0 = 72;
const Y0 = 12;
const SIZE = 380;
const WIDTH = X0 + SIZE + 14;
const HEIGHT = Y0 + SIZE + 46;
const clamp = (v: number) => Math.min(100, Math.max(0, v));
const px = (v: number) => X0 + (clamp(v) / 100) * SIZE;
const py = (v: number) => Y0 + ((100 - clamp(v)) / 100) * SIZE;

/** The zones in reading order of the map: top row first. */
const MAP_ORDER: readonly Zone[] = ['stress', 'performance', 'apathy', 'comfort'];

const isAxis = (a: unknown): a is ZoneAxisReading =>
  typeof a === 'object' &&
  a !== null &&
  typeof (a as ZoneAxisReading).score === 'number' &&
  Array.isArray((a as ZoneAxisReading).interval);
const isZoneData = (z: unknown): z is ZoneMapData =>
  typeof z === 'object' && z !== null && isAxis((z as ZoneMapData).safety) && isAxis((z as ZoneMapData).standard);

/**
 * @summary The performance zone model as a map: psychological safety (x) against perceived standard
 * (y), the four zones in words, the cut lines, the team as a point with 80 % whiskers and the
 * leader's own placement as a second marker. A text summary and a data table carry everything the
 * picture shows, for readers who cannot see it or its colours.
 *
 * @csspart base - The figure around everything.
 * @csspart title - The map's title.
 * @csspart summary - The sentences that say where the team is.
 * @csspart chart - The SVG map.
 * @csspart quadrant - Each zone's area in the map (also `data-zone`).
 * @csspart quadrant-label - Each zone's name in the map.
 * @csspart cut-line - The two dashed cut lines.
 * @csspart axis-label - Axis names, ends and the cut value.
 * @csspart current-outline - The solid frame around the team's zone when it is clear.
 * @csspart candidate-outline - The dashed frame around each zone a borderline team may be in.
 * @csspart team-whisker - The 80 % interval lines of the team.
 * @csspart team-point - The team's point.
 * @csspart team-label - The team's label in the map.
 * @csspart self-marker - The leader's own placement (a diamond).
 * @csspart self-label - The leader's label in the map.
 * @csspart legend - The key to the markers below the map.
 * @csspart zones - The four zones with their meaning, laid out like the map.
 * @csspart zone - One zone in that list (also `data-zone`).
 * @csspart zone-name - A zone's name in the list.
 * @csspart zone-meaning - A zone's one-line meaning.
 * @csspart zone-marker - "The team is here" / "may be here" beside a zone.
 * @csspart table-toggle - The button that shows or hides the data table.
 * @csspart table - The data table (visually hidden until shown; always read by assistive technology).
 *
 * @cssproperty --balanse-zone-map-max-width - Largest width of the map (default 32rem).
 * @cssproperty --balanse-zone-map-gap - Space between the map's pieces.
 * @cssproperty --balanse-zone-map-apathy-fill - Fill of the apathy zone.
 * @cssproperty --balanse-zone-map-comfort-fill - Fill of the comfort zone.
 * @cssproperty --balanse-zone-map-stress-fill - Fill of the stress zone.
 * @cssproperty --balanse-zone-map-performance-fill - Fill of the performance zone.
 * @cssproperty --balanse-zone-map-line-color - Frame, cut lines and outlines.
 * @cssproperty --balanse-zone-map-team-color - The team's point and whiskers.
 * @cssproperty --balanse-zone-map-self-color - The leader's marker.
 */
export class BalanseZoneMap extends BalanseElement {
  static override styles = zoneMapStyles;

  static override properties = {
    ...BalanseElement.properties,
    zone: { attribute: false },
    self: { attribute: false },
    cut: { type: Number },
    showTable: { type: Boolean, attribute: 'show-table' },
  };

  /** The team's place: core's `ZoneClassification` or a Report's `zone`; `null` draws an empty map. */
  declare zone: ZoneMapData | null;
  /** The leader's own placement; when left unset, a Report zone's `self` is used; `null` shows none. */
  declare self: SelfPlacement | ZoneClassification | null | undefined;
  /** The cut for an empty map (default 62.5); with `zone`, the data's own cut is used. */
  declare cut: number;
  /** Shows the data table on screen; it is always available to assistive technology. */
  declare showTable: boolean;

  constructor() {
    super();
    this.zone = null;
    this.self = undefined;
    this.cut = ZONE_CUT;
    this.showTable = false;
  }

  #toggleTable(): void {
    this.showTable = !this.showTable;
  }

  /** The leader's marker, from `self` or from a Report zone. */
  #selfPlacement(zone: ZoneMapData | null): SelfPlacement | null {
    const s = this.self === undefined ? (zone && 'self' in zone ? zone.self : null) : this.self;
    if (!s || (!isAxis(s.safety) && typeof s.safety !== 'number')) return null;
    if (isAxis(s.safety)) {
      const c = s as ZoneClassification;
      return { safety: c.safety.score, standard: c.standard.score, zone: c.zone };
    }
    return s as SelfPlacement;
  }

  #format(value: number, digits = 0): string {
    return numberFormat(this.locale, digits).format(value);
  }

  #zoneSentence(zone: ZoneMapData): string {
    if ('text' in zone) return zone.text;
    const m = zoneMapTexts[this.locale];
    const term = (z: Zone) => zonesTexts[this.locale][z].term;
    if (zone.candidates.length >= 3) return m.centre;
    const [a, b] = zone.candidates;
    if (zone.candidates.length === 2 && a && b)
      return formatMessage(m.borderline, { a: term(a), b: term(b) }, this.locale);
    return formatMessage(m.clear, { zone: term(zone.zone) }, this.locale);
  }

  #splitSentences(zone: ZoneMapData): readonly string[] {
    if ('splitTexts' in zone) return zone.splitTexts;
    return ZONE_AXES.filter((axis) => zone[axis].split).map((axis) =>
      formatMessage(zoneMapTexts[this.locale].split, { axis: scalesTexts[this.locale][axis].term }, this.locale),
    );
  }

  #selfSentence(self: SelfPlacement): string {
    if (self.text) return self.text;
    if (self.zone)
      return formatMessage(
        zoneMapTexts[this.locale].selfPoint,
        { zone: zonesTexts[this.locale][self.zone].term },
        this.locale,
      );
    return formatMessage(
      STRINGS[this.locale].selfValues,
      { safety: self.safety, standard: self.standard },
      this.locale,
    );
  }

  #axisName(axis: ZoneAxis): string {
    const m = zoneMapTexts[this.locale];
    return axis === 'safety' ? m.xAxis : m.yAxis;
  }

  #quadrantRect(zone: Zone, cut: number): { x: number; y: number; width: number; height: number } {
    const [sx, sy] = ZONE_QUADRANTS[zone];
    const [x1, x2] = sx === 'low' ? [0, cut] : [cut, 100];
    const [y1, y2] = sy === 'low' ? [0, cut] : [cut, 100];
    return { x: px(x1), y: py(y2), width: px(x2) - px(x1), height: py(y1) - py(y2) };
  }

  #renderQuadrants(cut: number): SVGTemplateResult[] {
    const zones = zonesTexts[this.locale];
    return MAP_ORDER.map((zone) => {
      const r = this.#quadrantRect(zone, cut);
      const [sx, sy] = ZONE_QUADRANTS[zone];
      const x = sx === 'low' ? r.x + 8 : r.x + r.width - 8;
      const y = sy === 'high' ? r.y + 20 : r.y + r.height - 10;
      return svg`<rect part="quadrant" class="quadrant" data-zone=${zone} x=${r.x} y=${r.y} width=${r.width} height=${r.height}></rect>
        <text part="quadrant-label" class="quadrant-label label" x=${x} y=${y} text-anchor=${sx === 'low' ? 'start' : 'end'}>${zones[zone].name}</text>`;
    });
  }

  #renderAxes(cut: number): SVGTemplateResult {
    const m = zoneMapTexts[this.locale];
    const cutText = this.#format(cut, 1);
    const bottom = Y0 + SIZE;
    const midY = Y0 + SIZE / 2;
    return svg`
      <rect class="frame" x=${X0} y=${Y0} width=${SIZE} height=${SIZE}></rect>
      <line part="cut-line" class="cut-line" x1=${px(cut)} y1=${Y0} x2=${px(cut)} y2=${bottom}></line>
      <line part="cut-line" class="cut-line" x1=${X0} y1=${py(cut)} x2=${X0 + SIZE} y2=${py(cut)}></line>
      <g part="axis-label" class="axis-label">
        <text x=${X0} y=${bottom + 16} text-anchor="start">${m.low}</text>
        <text x=${px(cut)} y=${bottom + 16} text-anchor="middle">${cutText}</text>
        <text x=${X0 + SIZE} y=${bottom + 16} text-anchor="end">${m.high}</text>
        <text class="axis-name" x=${X0 + SIZE / 2} y=${bottom + 38} text-anchor="middle">${m.xAxis} →</text>
        <text x=${X0 - 6} y=${py(cut) + 4} text-anchor="end">${cutText}</text>
        <g transform=${`rotate(-90 ${X0 - 54} ${midY})`}>
          <text x=${X0 - 54 - SIZE / 2} y=${midY + 4} text-anchor="start">${m.low}</text>
          <text class="axis-name" x=${X0 - 54} y=${midY + 4} text-anchor="middle">${m.yAxis} →</text>
          <text x=${X0 - 54 + SIZE / 2} y=${midY + 4} text-anchor="end">${m.high}</text>
        </g>
      </g>`;
  }

  #renderOutlines(zone: ZoneMapData): SVGTemplateResult[] {
    const inset = 3;
    return zone.candidates.map((z) => {
      const r = this.#quadrantRect(z, zone.cut);
      const clear = zone.candidates.length === 1;
      return svg`<rect part=${clear ? 'current-outline' : 'candidate-outline'} class=${clear ? 'current-outline' : 'candidate-outline'}
        x=${r.x + inset} y=${r.y + inset} width=${Math.max(0, r.width - 2 * inset)} height=${Math.max(0, r.height - 2 * inset)}></rect>`;
    });
  }

  #renderTeam(zone: ZoneMapData): SVGTemplateResult {
    const cx = px(zone.safety.score);
    const cy = py(zone.standard.score);
    const [xl, xh] = zone.safety.interval;
    const [yl, yh] = zone.standard.interval;
    const cap = 6;
    const labelLeft = cx > X0 + SIZE - 70;
    return svg`
      <g part="team-whisker" class="whisker">
        <line x1=${px(xl)} y1=${cy} x2=${px(xh)} y2=${cy}></line>
        <line x1=${px(xl)} y1=${cy - cap} x2=${px(xl)} y2=${cy + cap}></line>
        <line x1=${px(xh)} y1=${cy - cap} x2=${px(xh)} y2=${cy + cap}></line>
        <line x1=${cx} y1=${py(yh)} x2=${cx} y2=${py(yl)}></line>
        <line x1=${cx - cap} y1=${py(yh)} x2=${cx + cap} y2=${py(yh)}></line>
        <line x1=${cx - cap} y1=${py(yl)} x2=${cx + cap} y2=${py(yl)}></line>
      </g>
      <circle part="team-point" class="team-point" cx=${cx} cy=${cy} r="7"></circle>
      <text part="team-label" class="point-label label" x=${labelLeft ? cx - 10 : cx + 10} y=${cy - 10} text-anchor=${labelLeft ? 'end' : 'start'}>${zoneMapTexts[this.locale].team}</text>`;
  }

  #renderSelf(self: SelfPlacement): SVGTemplateResult {
    const x = px(self.safety);
    const y = py(self.standard);
    const d = 9;
    const labelLeft = x > X0 + SIZE - 70;
    return svg`
      <path part="self-marker" class="self-marker" d=${`M${x} ${y - d}L${x + d} ${y}L${x} ${y + d}L${x - d} ${y}Z`}></path>
      <text part="self-label" class="point-label label" x=${labelLeft ? x - 12 : x + 12} y=${y + 18} text-anchor=${labelLeft ? 'end' : 'start'}>${STRINGS[this.locale].selfShort}</text>`;
  }

  #renderTable(zone: ZoneMapData | null, self: SelfPlacement | null): TemplateResult {
    const s = STRINGS[this.locale];
    const f = (v: number) => this.#format(v);
    // Shown, the table may scroll sideways on a narrow screen, so its wrapper takes focus then.
    return html`<div
      class=${this.showTable ? 'table-wrap' : 'visually-hidden'}
      id="table"
      role=${this.showTable ? 'group' : nothing}
      aria-labelledby=${this.showTable ? 'caption' : nothing}
      tabindex=${this.showTable ? '0' : nothing}
    >
      <table part="table">
        <caption id="caption">${s.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${s.axis}</th>
            <th scope="col">${s.value}</th>
            <th scope="col">${s.interval}</th>
            <th scope="col">${s.reading}</th>
            <th scope="col">${s.split}</th>
            ${self ? html`<th scope="col">${s.selfValue}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${ZONE_AXES.map((axis) => {
            const a = zone?.[axis];
            return html`<tr>
              <th scope="row">${this.#axisName(axis)}</th>
              <td>${a ? f(a.score) : s.none}</td>
              <td>${a ? `${f(a.interval[0])}–${f(a.interval[1])}` : s.none}</td>
              <td>${a ? s.readings[a.reading] : s.none}</td>
              <td>${a ? (a.split ? s.yes : s.no) : s.none}</td>
              ${self ? html`<td>${f(self[axis])}</td>` : nothing}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  override render(): TemplateResult {
    const zone = isZoneData(this.zone) ? this.zone : null;
    const self = this.#selfPlacement(zone);
    const cut = zone?.cut ?? this.cut;
    const m = zoneMapTexts[this.locale];
    const s = STRINGS[this.locale];
    const zones = zonesTexts[this.locale];
    const clear = zone !== null && zone.candidates.length === 1;
    const f = (v: number) => this.#format(v);

    return html`<figure part="base" class="base">
      <figcaption>
        <p part="title" class="title" id="title">${m.title}</p>
        <div part="summary" class="summary" id="summary">
          ${
            zone
              ? html`<p class="headline">${this.#zoneSentence(zone)}${clear ? html` ${'meaning' in zone ? zone.meaning : zones[zone.zone].meaning}` : nothing}</p>
                <p>
                  ${ZONE_AXES.map(
                    (axis, i) =>
                      html`${i > 0 ? html`<br />` : nothing}${formatMessage(
                        m.point,
                        {
                          axis: this.#axisName(axis),
                          value: f(zone[axis].score),
                          low: f(zone[axis].interval[0]),
                          high: f(zone[axis].interval[1]),
                        },
                        this.locale,
                      )}`,
                  )}
                </p>
                ${this.#splitSentences(zone).map((t) => html`<p class="split">${t}</p>`)}`
              : html`<p>${s.empty}</p>`
          }
          ${self ? html`<p class="self">${this.#selfSentence(self)}</p>` : nothing}
        </div>
      </figcaption>
      <svg part="chart" class="chart" viewBox=${`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="title summary" focusable="false">
        ${this.#renderQuadrants(cut)} ${this.#renderAxes(cut)} ${zone ? this.#renderOutlines(zone) : nothing}
        ${self ? this.#renderSelf(self) : nothing} ${zone ? this.#renderTeam(zone) : nothing}
      </svg>
      <ul part="legend" class="legend">
        ${
          zone
            ? html`<li>
              <svg class="key" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
                <line class="whisker-key" x1="2" y1="10" x2="26" y2="10"></line>
                <circle class="team-point" cx="14" cy="10" r="5"></circle>
              </svg>
              ${s.legendTeam}
            </li>`
            : nothing
        }
        ${
          self
            ? html`<li>
              <svg class="key" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
                <path class="self-marker" d="M14 3L21 10L14 17L7 10Z"></path>
              </svg>
              ${s.legendSelf}
            </li>`
            : nothing
        }
        ${
          zone && !clear
            ? html`<li>
              <svg class="key" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
                <rect class="candidate-outline" x="3" y="3" width="22" height="14"></rect>
              </svg>
              ${s.legendCandidates}
            </li>`
            : nothing
        }
        <li>
          <svg class="key" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
            <line class="cut-line" x1="14" y1="1" x2="14" y2="19"></line>
          </svg>
          ${formatMessage(m.cut, { cut: this.#format(cut, 1) }, this.locale)}
        </li>
      </ul>
      <ul part="zones" class="zones" aria-label=${s.zonesLabel}>
        ${MAP_ORDER.map((z) => {
          const here = zone !== null && zone.candidates.includes(z);
          const marker = here ? (clear ? s.teamHere : s.teamMaybe) : null;
          return html`<li part="zone" class=${here ? (clear ? 'zone current' : 'zone candidate') : 'zone'} data-zone=${z}>
            <span part="zone-name" class="zone-name">${zones[z].name}</span>
            ${marker ? html`<span part="zone-marker" class="zone-marker">${marker}</span>` : nothing}
            <span part="zone-meaning" class="zone-meaning">${zones[z].meaning}</span>
          </li>`;
        })}
      </ul>
      <button part="table-toggle" class="table-toggle" type="button" aria-expanded=${this.showTable ? 'true' : 'false'} aria-controls="table" @click=${this.#toggleTable}>
        ${this.showTable ? s.hideTable : s.showTable}
      </button>
      ${this.#renderTable(zone, self)}
    </figure>`;
  }
}
