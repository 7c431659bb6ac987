import { noChange } from 'lit';
import { Directive, directive, type PropertyPart } from 'lit/directive.js';

/**
 * `.checked=${checked(on)}` on a radio: sets the radio's `checked` to `on` whenever it differs
 * from what the radio shows now (the respondent may have changed it since the last render), like
 * Lit's `live`. Unlike `live`, it renders right on the server: @lit-labs/ssr writes a property
 * binding to `checked` as the attribute `checked="false"`, which checks the radio (an attribute's
 * presence is what counts), so every group would show its last option chosen before the script
 * runs. Here the server writes `checked` only for the chosen option and nothing for the others.
 */
class CheckedDirective extends Directive {
  /** On the server: an attribute for a chosen radio, nothing otherwise (`noChange` writes nothing). */
  override render(on: boolean): true | typeof noChange {
    return on || noChange;
  }

  override update(part: PropertyPart, [on]: [boolean]): typeof noChange {
    const input = part.element as HTMLInputElement;
    if (input.checked !== on) input.checked = on;
    return noChange;
  }
}

export const checked = directive(CheckedDirective);
