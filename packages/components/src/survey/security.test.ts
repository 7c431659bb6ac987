/**
 * Every text the survey shows (a custom instrument's items, labels, title and instructions, and
 * its own attributes) is rendered as text. The corpus is what an attacker who can edit a custom
 * instrument or an embedding page's attributes would try.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settle, shadowText, unique, waitFor } from '../../test/helpers.js';
import { mountSurvey, smallInstrument } from '../../test/survey.js';

type Pwned = Window & { __pwned?: unknown };

const CORPUS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '"><svg onload="window.__pwned=4">',
  '\'><iframe srcdoc="<script>parent.__pwned=5</script>">',
  '${window.__pwned=6}',
  '{{constructor.constructor("window.__pwned=7")()}}',
  '<style>*{display:none}</style>',
  '</legend></fieldset><a href="javascript:window.__pwned=8">x</a>',
];

beforeEach(() => {
  document.documentElement.lang = 'nb';
  delete (window as Pwned).__pwned;
});

afterEach(() => {
  expect((window as Pwned).__pwned).toBeUndefined();
});

/** Gives async vectors (image errors, frames) time to fire. */
const linger = () => new Promise((resolve) => setTimeout(resolve, 150));

function expectOnlyOurElements(root: ShadowRoot) {
  expect(root.querySelectorAll('img, script, svg, iframe, style, a, object, embed')).toHaveLength(0);
}

describe('<balanse-survey> renders text as text', () => {
  it('shows hostile item texts, labels, title and instructions verbatim and runs none of them', async () => {
    const [a, b, c, d, e, f, g, h, i] = CORPUS as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const base = smallInstrument();
    const hostile = smallInstrument({
      title: { nb: a },
      instructions: { team: { nb: b }, self: { nb: c } },
      responseLabels: { nb: [c, d, e, f, g] },
      cannotAnswerLabel: { nb: h },
      items: base.items.map((item, n) => ({ ...item, text: { nb: CORPUS[n % CORPUS.length]! } })),
    });
    const el = await mountSurvey({ 'survey-id': unique(), 'cannot-answer': true }, { instrument: hostile });
    await linger();
    const shown = shadowText(el);
    for (const payload of [a, b, c, d, e, f, g, h]) expect(shown).toContain(payload.replace(/\s+/g, ' '));
    expectOnlyOurElements(el.shadowRoot!);
    el.page = 2; // the review step lists every item text, the ninth payload included
    await settle(el);
    await linger();
    expect(shadowText(el)).toContain(i);
    expectOnlyOurElements(el.shadowRoot!);
  });

  it('shows a hostile value in a validation error as text', async () => {
    const base = smallInstrument();
    const broken = smallInstrument({
      items: base.items.map((item, n) => (n === 0 ? { ...item, id: CORPUS[1]! } : item)),
    });
    const el = await mountSurvey({ 'survey-id': unique() }, { instrument: broken });
    await linger();
    expect(el.shadowRoot!.querySelector('[part~="error-detail"]')!.textContent).toContain('instrument.items[0].id');
    expectOnlyOurElements(el.shadowRoot!);
  });

  it('treats hostile attributes as data', async () => {
    for (const payload of CORPUS) {
      const el = await mountSurvey({
        'survey-id': payload,
        name: payload,
        form: payload,
        storage: payload,
        lang: payload,
      });
      el.answers = { q01: 3 };
      await settle(el);
      expectOnlyOurElements(el.shadowRoot!);
      expect(el.shadowRoot!.querySelectorAll('[role="radiogroup"]')).toHaveLength(8);
      el.remove();
    }
    await linger();
  });

  it('sends nothing to a javascript: endpoint and runs nothing', async () => {
    const el = await mountSurvey({
      'survey-id': unique(),
      endpoint: CORPUS[2]!,
      'retry-delay': '1',
      'max-attempts': '1',
    });
    el.submit();
    // fetch refuses the scheme like a network error: the submission waits, nothing is evaluated.
    // Waited for, not timed: at a load average of 25 the refusal took longer than a 150 ms pause.
    await waitFor(() => el.status !== 'idle' && el.status !== 'sending', 'the attempt to end');
    await linger();
    expect(el.status).toBe('queued');
  });
});
