import { elementSuite } from '../../test/element-suite.js';
import { unique } from '../../test/helpers.js';
import './define.js';

elementSuite('balanse-survey', {
  props: () => ({ surveyId: unique(), cannotAnswer: true, answers: { q01: 3 } }),
});
