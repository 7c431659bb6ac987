import { LOCALES } from '@balanse/core';
import { describe, expect, it } from 'vitest';
import type { BalanseSignInEvent } from '../events.js';
import { expectNoAxeViolations, mount, shadowText } from '../test-utils/helpers.js';

describe('<balanse-admin-sign-in>', () => {
  it('sends the trimmed token from the keyboard (Enter in the field), and refuses an empty one', async () => {
    const el = await mount('balanse-admin-sign-in');
    const tokens: string[] = [];
    el.addEventListener('balanse-sign-in', (e: BalanseSignInEvent) => tokens.push(e.detail.token));
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.type).toBe('password');
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    await el.updateComplete;
    expect(tokens).toEqual([]);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(shadowText(el)).toContain('Paste a token first.');
    input.value = '  bal_abc  ';
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    expect(tokens).toEqual(['bal_abc']);
  });

  it('says why a token was refused, and sends nothing twice while one is being checked', async () => {
    const el = await mount('balanse-admin-sign-in', { message: 'expired' });
    expect(shadowText(el)).toContain('This token has expired.');
    el.message = 'revoked';
    await el.updateComplete;
    expect(shadowText(el)).toContain('This token has been revoked.');
    el.busy = true;
    await el.updateComplete;
    const tokens: string[] = [];
    el.addEventListener('balanse-sign-in', (e: BalanseSignInEvent) => tokens.push(e.detail.token));
    el.shadowRoot!.querySelector('input')!.value = 'bal_x';
    el.shadowRoot!.querySelector('form')!.requestSubmit();
    expect(tokens).toEqual([]);
  });

  it.each(['', 'invalid', 'expired', 'signedOut'] as const)(
    'has no axe violations with message "%s" in every language',
    async (message) => {
      for (const locale of LOCALES) await mount('balanse-admin-sign-in', { message }, locale);
      await expectNoAxeViolations();
    },
  );
});
