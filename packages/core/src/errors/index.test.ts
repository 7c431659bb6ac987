import { describe, expect, it } from 'vitest';
import { BalanseError, describeValue, formatPath } from './index.js';

describe('BalanseError', () => {
  it('names the field, the rule and what it got', () => {
    const error = new BalanseError('invalid_input', 'answers.q07', 'must be an integer from 1 to 5', 7);
    expect(error.message).toBe('answers.q07: must be an integer from 1 to 5, got 7');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('BalanseError');
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe('answers.q07');
    expect(error.rule).toBe('must be an integer from 1 to 5');
    expect(error.received).toBe(7);
  });

  it('formats array indices in brackets', () => {
    expect(formatPath(['responses', 3, 'answers', 'q07'])).toBe('responses[3].answers.q07');
  });

  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [Number.NaN, 'NaN'],
    ['x'.repeat(60), `"${'x'.repeat(40)}…"`],
    [[1, 2], 'an array of 2'],
    [{ a: 1 }, 'an object'],
    [true, 'true'],
  ])('describes %j briefly', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });
});
