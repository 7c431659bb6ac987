import { css, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ApiError } from '../api/client.js';
import type { PreviewRow, Unit, UnitsPreview } from '../api/types.js';
import { fmt, saveFile } from '../base/format.js';
import { formText } from '../base/form.js';
import { errorText, SHARED_STRINGS } from '../base/strings.js';
import { appStyles } from '../base/styles.js';
import { token } from '@balanse/components';
import { TenantView } from '../base/view.js';
import { rowsToCsv, TEMPLATE } from './csv.js';
import { STRINGS, type UnitsStrings } from './strings.js';

const FIELDS = ['id', 'parent', 'name', 'headcount', 'locale'] as const;
type Field = (typeof FIELDS)[number];

/** The tree in reading order (each unit followed by the units below it) with each one's depth. */
function treeOrder(units: readonly Unit[]): { unit: Unit; depth: number }[] {
  const children = new Map<string, Unit[]>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const key = u.parent && ids.has(u.parent) ? u.parent : '';
    children.set(key, [...(children.get(key) ?? []), u]);
  }
  const out: { unit: Unit; depth: number }[] = [];
  const walk = (key: string, depth: number) => {
    for (const u of children.get(key) ?? []) {
      out.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk('', 0);
  return out;
}

/**
 * @summary A tenant's organisation chart: the tree with each unit's expected headcount, editing
 * one unit (name, parent, headcount), and importing a CSV file (dropped or chosen) through a
 * preview that marks every bad row and why before anything is saved; bad rows are fixed in place
 * and checked again.
 *
 * @csspart tree - The table of units.
 * @csspart drop-zone - Where a file is dropped or chosen.
 * @csspart preview - The table of the file's rows and their problems.
 */
export class BalanseAdminUnits extends TenantView {
  static override styles = [
    appStyles,
    css`
      td[data-depth='1'] {
        padding-inline-start: calc(${token('space-s')} + 1.5rem);
      }
      td[data-depth='2'] {
        padding-inline-start: calc(${token('space-s')} + 3rem);
      }
      td[data-depth='3'] {
        padding-inline-start: calc(${token('space-s')} + 4.5rem);
      }
      td[data-depth='4'] {
        padding-inline-start: calc(${token('space-s')} + 6rem);
      }
      .drop {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: ${token('space-s')};
        padding: ${token('space-l')} ${token('space-m')};
        border: 2px dashed ${token('color-border')};
        border-radius: ${token('radius-m')};
        background: ${token('color-surface-raised')};
      }
      .drop.over {
        border-color: ${token('color-accent')};
      }
      .drop input[type='file'] {
        min-height: ${token('target-size')};
        max-width: 100%;
      }
      tr.bad td {
        background: ${token('color-surface-raised')};
      }
      .preview input {
        min-width: 6rem;
      }
      .problems {
        margin: 0;
        padding-inline-start: 1.25rem;
      }
      .edit {
        margin: ${token('space-s')} 0;
      }
    `,
  ];

  static override properties = {
    ...TenantView.properties,
    _units: { state: true },
    _editing: { state: true },
    _editError: { state: true },
    _preview: { state: true },
    _rows: { state: true },
    _previewError: { state: true },
    _checking: { state: true },
    _over: { state: true },
  };

  declare private _units: Unit[];
  declare private _editing: string;
  declare private _editError: ApiError | null;
  declare private _preview: UnitsPreview | null;
  declare private _rows: PreviewRow['values'][];
  declare private _previewError: unknown;
  declare private _checking: boolean;
  declare private _over: boolean;

  constructor() {
    super();
    this._units = [];
    this._editing = '';
    this._editError = null;
    this._preview = null;
    this._rows = [];
    this._previewError = null;
    this._checking = false;
    this._over = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.reload();
  }

  protected async load(): Promise<void> {
    this._units = await this.client.get<Unit[]>(this.tenantPath('units'));
  }

  // Editing one unit.
  async #saveEdit(event: SubmitEvent, unit: Unit): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const headcount = formText(data, 'headcount').trim();
    const parent = formText(data, 'parent');
    const body = {
      name: formText(data, 'name'),
      parent: parent === '' ? null : parent,
      headcount: headcount === '' ? null : Number(headcount),
    };
    this._editError = null;
    try {
      this._units = await this.client.patch<Unit[]>(this.tenantPath('units', unit.id), { json: body });
      this._editing = '';
      this._status = fmt(STRINGS[this.locale].editSaved, { name: body.name }, this.locale);
      await this.updateComplete;
      this.focusOn(`button[data-edit="${CSS.escape(unit.id)}"]`);
    } catch (error) {
      this._editError = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
    }
  }

  async #startEdit(unit: Unit): Promise<void> {
    this._editing = unit.id;
    this._editError = null;
    await this.updateComplete;
    this.focusOn('#edit-name');
  }

  // Importing a file.
  async #readFile(file: File | undefined): Promise<void> {
    if (!file) return;
    await this.#check(await file.text());
  }

  async #check(csv: string): Promise<void> {
    this._checking = true;
    this._previewError = null;
    try {
      const preview = await this.client.post<UnitsPreview>(this.tenantPath('units', 'preview'), { csv });
      this.#showPreview(preview);
    } catch (error) {
      const preview =
        error instanceof ApiError ? (error.body as { preview?: UnitsPreview } | undefined)?.preview : undefined;
      if (preview) this.#showPreview(preview);
      else this._previewError = error;
    } finally {
      this._checking = false;
    }
    await this.updateComplete;
    const firstBad = this.renderRoot.querySelector<HTMLElement>('.preview [aria-invalid="true"]');
    (firstBad ?? this.renderRoot.querySelector<HTMLElement>('#preview-title'))?.focus();
  }

  #showPreview(preview: UnitsPreview): void {
    this._preview = preview;
    this._rows = preview.rows.map((r) => ({ ...r.values }));
  }

  #edit(index: number, field: Field, value: string): void {
    this._rows = this._rows.map((r, i) => (i === index ? { ...r, [field]: value } : r));
  }

  async #import(): Promise<void> {
    const csv = rowsToCsv(this._rows);
    try {
      this._units = await this.client.put<Unit[]>(this.tenantPath('units'), { csv });
      this._status = fmt(STRINGS[this.locale].imported, { n: this._units.length }, this.locale);
      this._preview = null;
      this._rows = [];
      await this.updateComplete;
      this.focusOn('#tree-title');
    } catch (error) {
      const preview =
        error instanceof ApiError ? (error.body as { preview?: UnitsPreview } | undefined)?.preview : undefined;
      if (preview) this.#showPreview(preview);
      else this._previewError = error;
    }
  }

  #drop(event: DragEvent): void {
    event.preventDefault();
    this._over = false;
    void this.#readFile(event.dataTransfer?.files[0]);
  }

  #tree(s: UnitsStrings) {
    const rows = treeOrder(this._units);
    const names = new Map(this._units.map((u) => [u.id, u.name]));
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="tree-title">
      <table part="tree">
        <thead>
          <tr>
            <th scope="col">${s.name}</th>
            <th scope="col">${s.id}</th>
            <th scope="col">${s.headcount}</th>
            <th scope="col">${s.actions}</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            rows,
            (r) => r.unit.id,
            ({ unit, depth }) => html`<tr>
              <td data-depth=${Math.min(depth, 4)}>${unit.name}</td>
              <td class="mono">${unit.id}</td>
              <td>${unit.headcount ?? '–'}</td>
              <td>
                ${
                  this._editing === unit.id
                    ? this.#editForm(s, unit, names)
                    : html`<button
                      type="button"
                      class="secondary"
                      data-edit=${unit.id}
                      aria-label=${fmt(s.edit, { name: unit.name }, this.locale)}
                      @click=${() => void this.#startEdit(unit)}
                    >
                      ${fmt(s.edit, { name: '' }, this.locale).trim()}
                    </button>`
                }
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #editForm(s: UnitsStrings, unit: Unit, names: Map<string, string>) {
    const shared = SHARED_STRINGS[this.locale];
    const error = this._editError;
    const bad = (field: string) => (error && (error.details.field ?? '') === field ? 'true' : 'false');
    return html`<form class="edit" @submit=${(e: SubmitEvent) => void this.#saveEdit(e, unit)} novalidate>
      <p><strong>${fmt(s.editTitle, { name: unit.name }, this.locale)}</strong></p>
      <div class="field">
        <label for="edit-name">${s.name}</label>
        <input id="edit-name" name="name" .value=${unit.name} maxlength="200" aria-invalid=${bad('name')} />
      </div>
      <div class="field">
        <label for="edit-parent">${s.parent}</label>
        <select id="edit-parent" name="parent" aria-invalid=${bad('parent')}>
          <option value="" ?selected=${!unit.parent}>${s.noParent}</option>
          ${[...names]
            .filter(([id]) => id !== unit.id)
            .map(([id, name]) => html`<option value=${id} ?selected=${unit.parent === id}>${name} (${id})</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="edit-headcount">${s.headcount}</label>
        <input
          id="edit-headcount"
          name="headcount"
          type="number"
          min="0"
          .value=${unit.headcount === undefined ? '' : String(unit.headcount)}
          aria-describedby="edit-headcount-hint"
          aria-invalid=${bad('headcount')}
        />
        <p class="hint" id="edit-headcount-hint">${s.headcountHint}</p>
      </div>
      ${error ? html`<p class="error-text" role="alert">${errorText(error, this.locale)}</p>` : nothing}
      <div class="actions">
        <button type="submit">${shared.save}</button>
        <button type="button" class="secondary" @click=${() => (this._editing = '')}>${shared.cancel}</button>
      </div>
    </form>`;
  }

  #previewTable(s: UnitsStrings, preview: UnitsPreview) {
    const problems = new Map(preview.rows.map((r) => [r.row, r.problems]));
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="preview-title">
      <table part="preview" class="preview">
        <thead>
          <tr>
            <th scope="col">${s.row}</th>
            ${FIELDS.map((f) => html`<th scope="col">${f}</th>`)}
            <th scope="col">${s.problems}</th>
          </tr>
        </thead>
        <tbody>
          ${this._rows.map((values, i) => {
            const row = i + 1;
            const list = problems.get(row) ?? [];
            const badFields = new Set(list.map((p) => (p.field === '(row)' ? 'id' : p.field)));
            return html`<tr class=${list.length > 0 ? 'bad' : ''}>
              <th scope="row">${row}</th>
              ${FIELDS.map((f) =>
                list.length > 0
                  ? html`<td>
                      <input
                        aria-label=${fmt(s.fieldOfRow, { field: f, row }, this.locale)}
                        aria-invalid=${badFields.has(f) ? 'true' : 'false'}
                        aria-describedby="problems-${row}"
                        .value=${values[f]}
                        @input=${(e: Event) => this.#edit(i, f, (e.target as HTMLInputElement).value)}
                      />
                    </td>`
                  : html`<td>${values[f]}</td>`,
              )}
              <td id="problems-${row}">
                ${
                  list.length > 0
                    ? html`<ul class="problems error-text">
                      ${list.map((p) => html`<li>${fmt(s.problem, { field: p.field, rule: p.rule }, this.locale)}</li>`)}
                    </ul>`
                    : s.fine
                }
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }

  #importSection(s: UnitsStrings) {
    const preview = this._preview;
    return html`<section class="card" aria-labelledby="import-title">
      <h2 id="import-title">${s.importTitle}</h2>
      <p>${s.importIntro}</p>
      <p class="hint">${s.replaceNote}</p>
      <div
        part="drop-zone"
        class="drop ${this._over ? 'over' : ''}"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this._over = true;
        }}
        @dragleave=${() => (this._over = false)}
        @drop=${this.#drop}
      >
        <label for="file">${s.drop}</label>
        <input
          id="file"
          type="file"
          accept=".csv,text/csv"
          aria-label=${s.choose}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            void this.#readFile(input.files?.[0]).then(() => (input.value = ''));
          }}
        />
        <button type="button" class="secondary" @click=${() => saveFile('units.csv', 'text/csv;charset=utf-8', TEMPLATE)}>
          ${s.template}
        </button>
      </div>
      ${this._checking ? html`<p role="status">${s.reading}</p>` : nothing}
      ${
        this._previewError
          ? html`<p class="message error" role="alert">${errorText(this._previewError, this.locale)}</p>`
          : nothing
      }
      ${
        preview
          ? html`<h3 id="preview-title" tabindex="-1">${s.previewTitle}</h3>
            ${
              preview.header
                ? html`<p class="message error" role="alert">${fmt(s.headerProblem, { rule: preview.header.rule }, this.locale)}</p>`
                : html`<p class="message ${preview.ok ? 'success' : 'error'}" role=${preview.ok ? 'status' : 'alert'}>
                    ${
                      preview.ok
                        ? fmt(s.previewOk, { n: preview.rows.length }, this.locale)
                        : fmt(s.previewBad, { n: preview.badRows }, this.locale)
                    }
                  </p>
                  ${this.#previewTable(s, preview)}`
            }
            <div class="actions">
              ${
                preview.ok
                  ? html`<button type="button" @click=${() => void this.#import()}>
                    ${fmt(s.import, { n: this._rows.length }, this.locale)}
                  </button>`
                  : preview.header
                    ? nothing
                    : html`<button type="button" @click=${() => void this.#check(rowsToCsv(this._rows))}>${s.check}</button>`
              }
              <button
                type="button"
                class="secondary"
                @click=${() => {
                  this._preview = null;
                  this._rows = [];
                }}
              >
                ${s.cancelImport}
              </button>
            </div>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const s = STRINGS[this.locale];
    return html`
      <h1 id="tree-title" tabindex="-1">${s.title}</h1>
      <p>${s.intro}</p>
      ${this.statusLine()} ${this.loadState()}
      ${this._loaded ? (this._units.length === 0 ? html`<p>${s.empty}</p>` : this.#tree(s)) : nothing}
      ${this.#importSection(s)}
    `;
  }
}
