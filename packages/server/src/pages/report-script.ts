/**
 * The report page's script: loads the unit's report from its JSON URL (the same capability link)
 * and hands it to <balanse-report>; a language switch reloads it in another language. Served as
 * a file so that the page needs no inline script under its Content-Security-Policy.
 */
export const REPORT_PAGE_SCRIPT = `
const root = document.querySelector('[data-report-json]');
const element = document.querySelector('balanse-report');
const previous = document.querySelector('[data-previous]');
const status = document.querySelector('[data-status]');
async function load(locale) {
  status.textContent = '';
  try {
    const response = await fetch(root.dataset.reportJson + '?locale=' + encodeURIComponent(locale), { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(String(response.status));
    const data = await response.json();
    document.documentElement.lang = locale;
    element.report = data.report;
    if (data.previous) {
      previous.hidden = false;
      previous.querySelector('balanse-report').report = data.previous.report;
      previous.querySelector('[data-previous-name]').textContent = data.previous.round.name;
    } else previous.hidden = true;
  } catch (error) {
    status.textContent = root.dataset.failed + ' (' + error.message + ')';
  }
}
const select = document.querySelector('select[name=locale]');
select.addEventListener('change', () => load(select.value));
load(select.value);
`;
