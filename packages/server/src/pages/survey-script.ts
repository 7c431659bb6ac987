/**
 * The survey page's script for a round opened with an instrument version the survey bundle does
 * not carry: it loads that version's items, and only then puts the survey on the page (from the
 * template the server wrote), so every answer is given to the wording the round scores. Served as
 * a file: the page needs no inline script under its Content-Security-Policy.
 */
export const SURVEY_PAGE_SCRIPT = `
const root = document.querySelector('[data-survey-instrument]');
const status = root.querySelector('[data-status]');
try {
  const response = await fetch(root.dataset.surveyInstrument, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(String(response.status));
  const instrument = await response.json();
  const survey = document.importNode(root.querySelector('template').content, true).firstElementChild;
  survey.instrument = instrument;
  root.prepend(survey);
} catch (error) {
  status.textContent = root.dataset.failed + ' (' + error.message + ')';
}
`;
