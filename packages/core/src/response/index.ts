export { AnswerSchema, AnswersSchema, ResponseSchema, type Answer, type Answers, type Response } from './schema.js';
export { isWellFormedResponse, validateResponse } from './validate.js';
export { SubmissionSchema, submissionToResponse, type Submission } from './submission.js';
