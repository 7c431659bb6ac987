/**
 * The demo: a sample department, the survey to try as a team member or as the leader, the report
 * rebuilt from core whenever an answer arrives, and the leader's style advisor. No backend: the
 * survey has no endpoint, so the page handles `balanse-submit` itself and keeps what visitors add
 * in this browser.
 */
import '@balanse/components/define/balanse-survey';
import '@balanse/components/define/balanse-report';
import '@balanse/components/define/balanse-style-advisor';
import { buildReport, summarizeUnits, LOCALES, type Locale } from '@balanse/core';
import { ANONYMITY_K_DEFAULT } from '@balanse/core/constants';
import { formatMessage } from '@balanse/core/messages';
import { BalanseReport, BalanseStyleAdvisor } from '@balanse/components';
import defaultTheme from '@balanse/components/themes/default.css?raw';
import emberTheme from '@balanse/components/themes/ember.css?raw';
import fjordTheme from '@balanse/components/themes/fjord.css?raw';
import { SAMPLE_DEPARTMENT, type SampleTeam } from './sample-department.js';
import { added, addResponse, clearAdded } from './store.js';
import { STRINGS } from './strings.js';

const THEMES = ['default', 'dark', 'fjord', 'ember'] as const;
type Theme = (typeof THEMES)[number];
const SETTINGS_KEY = 'balanse-demo:settings';

interface Settings {
  locale: Locale;
  theme: Theme;
  team: string;
  form: 'team' | 'self';
  includePrivate: boolean;
}

/** The page's element for `selector`, which must be a `type`: the demo's own markup (index.html). */
function $<E extends Element>(selector: string, type: abstract new (...args: never[]) => E): E {
  const found = document.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`index.html has no ${type.name} at ${selector}`);
  return found;
}

function loadSettings(): Settings {
  const fallback: Settings = { locale: 'nb', theme: 'default', team: 'north', form: 'team', includePrivate: false };
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}');
    const saved: Record<string, unknown> = typeof parsed === 'object' && parsed !== null ? { ...parsed } : {};
    const locale = LOCALES.find((l) => l === saved.locale);
    const theme = THEMES.find((t) => t === saved.theme);
    const team = SAMPLE_DEPARTMENT.teams.find((t) => t.id === saved.team);
    return {
      locale: locale ?? fallback.locale,
      theme: theme ?? fallback.theme,
      team: team?.id ?? fallback.team,
      form: saved.form === 'self' ? 'self' : 'team',
      includePrivate: saved.includePrivate === true,
    };
  } catch {
    return fallback;
  }
}

const settings = loadSettings();

function saveSettings(): void {
  try {
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Settings are a convenience; without storage they last for this visit.
  }
}

/** The team chosen in the settings (loadSettings only keeps a team the sample has). */
function team(): SampleTeam {
  const found = SAMPLE_DEPARTMENT.teams.find((t) => t.id === settings.team);
  if (!found) throw new Error(`The sample department has no team ${settings.team}`);
  return found;
}

/** Department summaries from the sample plus what this visitor added, with differencing protection. */
function summaries() {
  const extra = added();
  return summarizeUnits([
    { id: SAMPLE_DEPARTMENT.id, responses: [...SAMPLE_DEPARTMENT.responses] },
    ...SAMPLE_DEPARTMENT.teams.map((t) => ({
      id: t.id,
      parent: SAMPLE_DEPARTMENT.id,
      responses: [...t.responses, ...(extra.team[t.id] ?? [])],
    })),
  ]);
}

function renderReport(): void {
  const advisor = $('#advisor', BalanseStyleAdvisor);
  const units = summaries();
  const current = team();
  const summary = units[current.id];
  if (!summary) throw new Error(`No summary for ${current.id}`);
  const self = added().self[current.id] ?? current.self ?? undefined;
  const names = new Map<string, string>([
    [SAMPLE_DEPARTMENT.id, SAMPLE_DEPARTMENT.name],
    ...SAMPLE_DEPARTMENT.teams.map((t): [string, string] => [t.id, t.name]),
  ]);
  const report = buildReport(
    {
      team: summary,
      ...(self ? { self } : {}),
      ...(settings.includePrivate ? { sellers: advisor.reportSellers() } : {}),
      department: {
        name: SAMPLE_DEPARTMENT.name,
        units: Object.entries(units).map(([id, summary]) => ({ id, name: names.get(id) ?? id, summary })),
      },
    },
    {
      locale: settings.locale,
      teamName: current.name,
      invited: current.invited + (added().team[current.id]?.length ?? 0),
      generatedAt: new Date().toISOString(),
    },
  );
  $('#report', BalanseReport).report = report;
  advisor.weakFoundation = summary.status === 'ok' && summary.balance.foundation === 'weak';
}

/** The advisor starts from the team's sample sellers; the leader's edits then flow into the report. */
function loadSellers(): void {
  $('#advisor', BalanseStyleAdvisor).sellers = team().sellers.map((s) => ({ ...s }));
}

function renderSurvey(): void {
  const slot = $('#survey-slot', HTMLElement);
  const survey = document.createElement('balanse-survey');
  survey.setAttribute('survey-id', `demo-${settings.team}-${settings.form}`);
  survey.setAttribute('survey-form', settings.form);
  survey.setAttribute('storage', 'local');
  survey.addEventListener('balanse-submit', (event) => {
    addResponse(settings.team, event.detail.response);
    const notice = $('#added', HTMLElement);
    notice.textContent = formatMessage(STRINGS[settings.locale].added, { team: team().name }, settings.locale);
    notice.hidden = false;
    renderReport();
  });
  slot.replaceChildren(survey);
}

function applyTexts(): void {
  const s = STRINGS[settings.locale];
  document.documentElement.lang = settings.locale;
  document.title = s.title;
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const value = s[el.dataset.text as keyof typeof s];
    // The demo reports with the default k, which its texts name as a count.
    if (typeof value === 'string') el.textContent = formatMessage(value, { k: ANONYMITY_K_DEFAULT }, settings.locale);
  }
  const theme = $('#theme', HTMLSelectElement);
  theme.replaceChildren(...THEMES.map((t) => new Option(s.themes[t], t, false, t === settings.theme)));
  $('.controls', HTMLElement).setAttribute('aria-label', `${s.language}, ${s.theme}, ${s.team}`);
}

function applyTheme(): void {
  let style = document.getElementById('balanse-theme');
  if (!style) {
    style = document.createElement('style');
    style.id = 'balanse-theme';
    document.head.prepend(style);
  }
  const client = settings.theme === 'fjord' ? fjordTheme : settings.theme === 'ember' ? emberTheme : '';
  style.textContent = defaultTheme + client;
  document.documentElement.classList.toggle('balanse-dark', settings.theme === 'dark');
  document.documentElement.classList.toggle('balanse-light', settings.theme !== 'dark');
}

function init(): void {
  const language = $('#language', HTMLSelectElement);
  language.value = settings.locale;
  language.addEventListener('change', () => {
    settings.locale = language.value as Locale;
    saveSettings();
    applyTexts();
    renderReport();
  });

  const teamSelect = $('#team', HTMLSelectElement);
  teamSelect.replaceChildren(
    ...SAMPLE_DEPARTMENT.teams.map((t) => new Option(t.name, t.id, false, t.id === settings.team)),
  );
  teamSelect.addEventListener('change', () => {
    settings.team = teamSelect.value;
    saveSettings();
    $('#added', HTMLElement).hidden = true;
    loadSellers();
    renderSurvey();
    renderReport();
  });

  $('#advisor', BalanseStyleAdvisor).addEventListener('balanse-sellers-change', () => {
    if (settings.includePrivate) renderReport();
  });

  $('#theme', HTMLSelectElement).addEventListener('change', (event) => {
    settings.theme = (event.target as HTMLSelectElement).value as Theme;
    saveSettings();
    applyTheme();
  });

  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="role"]')) {
    radio.checked = radio.value === settings.form;
    radio.addEventListener('change', () => {
      settings.form = radio.value === 'self' ? 'self' : 'team';
      saveSettings();
      renderSurvey();
    });
  }

  const includePrivate = $('#private', HTMLInputElement);
  includePrivate.checked = settings.includePrivate;
  includePrivate.addEventListener('change', () => {
    settings.includePrivate = includePrivate.checked;
    saveSettings();
    renderReport();
  });

  $('#start-over', HTMLButtonElement).addEventListener('click', () => {
    clearAdded();
    $('#added', HTMLElement).hidden = true;
    loadSellers();
    renderSurvey();
    renderReport();
  });

  applyTheme();
  applyTexts();
  loadSellers();
  renderSurvey();
  renderReport();
}

init();
