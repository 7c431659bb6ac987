import { describe, expect, it } from 'vitest';
import { parseWith } from '../errors/index.js';
import { scoreResponse } from '../scoreResponse/index.js';
import { allAnswered } from '../test-utils/index.js';
import { SubmissionSchema, submissionToResponse } from './submission.js';

const submission = {
  submissionId: 'b3c1f7a0-5f7e-4c7e-9b1d-2f6f0b0f9a11',
  instrument: { id: 'balanse', version: '1.1.0' },
  form: 'team',
  answers: { ...allAnswered(4), q07: null },
  locale: 'nn',
  pageTimes: [61_000, 54_000, 48_000, 50_000, 39_000],
  submittedAt: '2026-11-23T09:41:00.000Z',
};

describe('SubmissionSchema', () => {
  it('accepts what <balanse-survey> sends', () => {
    expect(SubmissionSchema.safeParse(submission).success).toBe(true);
  });

  it.each([
    [{ submissionId: 'short' }, 'submission.submissionId'],
    [{ submittedAt: 'yesterday' }, 'submission.submittedAt'],
    [{ form: undefined }, 'submission.form'],
    [{ answers: { q01: 9 } }, 'submission.answers.q01'],
  ])('rejects %j naming %s', (patch, path) => {
    expect(() => parseWith(SubmissionSchema, { ...submission, ...patch }, 'submission')).toThrow(
      new RegExp(`^${path.replace(/\./g, '\\.')}: `),
    );
  });

  it('gives the response inside, ready to score', () => {
    const response = submissionToResponse(SubmissionSchema.parse(submission));
    expect(response.id).toBe(submission.submissionId);
    expect(scoreResponse(response).scales.system).toBe(75);
  });
});
