/** Registers `<balanse-survey>`. Import once per page: `import '@balanse/components/define/balanse-survey';` */
import { BalanseSurvey } from './survey.js';

BalanseSurvey.define('balanse-survey');

declare global {
  interface HTMLElementTagNameMap {
    'balanse-survey': BalanseSurvey;
  }
}
