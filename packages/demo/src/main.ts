/**
 * The demo: a sample department, the survey to try as a team member or as the leader, the report
 * rebuilt from core whenever an answer arrives, and the leader's style advisor. No backend: the
 * survey has no endpoint, so the page handles `balanse-submit` itself and keeps what visitors add
 * in this browser.
 */
import '@balanse/components/define/balanse-survey';
import '@balanse/components/define/balanse-report';
import '@balanse/components/define/balanse-style-advisor';
import {
  ANONYMITY_K_DEFAULT,
  buildReport,
  formatMessage,
  summarizeUnits,
  LOCALES,
  type Locale,
  type Response,
} from '@balanse/core';
import type { BalanseReport, BalanseStyleAdvisor, BalanseSurvey } from '@balanse/components';
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

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

function loadSettings(): Settings {
  const fallback: Settings = { locale: 'nb', theme: 'default', team: 'north', form: 'team', includePrivate: false };
  try {
    const saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<Settings>;
    return {
      locale: LOCALES.includes(saved.locale as Locale) ? (saved.locale as Locale) : fallback.locale,
      theme: THEMES.includes(saved.theme as Theme) ? (saved.theme as Theme) : fallback.theme,
      team: SAMPLE_DEPARTMENT.teams.some((t) => t.id === saved.team) ? saved.team! : fallback.team,
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

const team = (): SampleTeam => SAMPLE_DEPARTMENT.teams.find((t) => t.id === settings.team)!;

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
  const advisor = $<BalanseStyleAdvisor>('#advisor');
  const units = summaries();
  const current = team();
  const self = added().self[current.id] ?? current.self ?? undefined;
  const names: Record<string, string> = Object.fromEntries([
    [SAMPLE_DEPARTMENT.id, SAMPLE_DEPARTMENT.name],
    ...SAMPLE_DEPARTMENT.teams.map((t) => [t.id, t.name]),
  ]);
  const report = buildReport(
    {
      team: units[current.id]!,
      ...(self ? { self } : {}),
      ...(settings.includePrivate ? { sellers: advisor.reportSellers() } : {}),
      department: {
        name: SAMPLE_DEPARTMENT.name,
        units: Object.entries(units).map(([id, summary]) => ({ id, name: names[id] ?? id, summary })),
      },
    },
    {
      locale: settings.locale,
      teamName: current.name,
      invited: current.invited + (added().team[current.id]?.length ?? 0),
      generatedAt: new Date().toISOString(),
    },
  );
  $<BalanseReport>('#report').report = report;
  const summary = units[current.id];
  advisor.weakFoundation = summary?.status === 'ok' && summary.balance?.foundation === 'weak';
}

/** The advisor starts from the team's sample sellers; the leader's edits then flow into the report. */
function loadSellers(): void {
  $<BalanseStyleAdvisor>('#advisor').sellers = team().sellers.map((s) => ({ ...s }));
}

function renderSurvey(): void {
  const slot = $<HTMLElement>('#survey-slot');
  const survey = document.createElement('balanse-survey') as BalanseSurvey;
  survey.setAttribute('survey-id', `demo-${settings.team}-${settings.form}`);
  survey.setAttribute('survey-form', settings.form);
  survey.setAttribute('storage', 'local');
  survey.addEventListener('balanse-submit', (event) => {
    addResponse(settings.team, event.detail.response as Response);
    const notice = $<HTMLElement>('#added');
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
  const theme = $<HTMLSelectElement>('#theme');
  theme.replaceChildren(...THEMES.map((t) => new Option(s.themes[t], t, false, t === settings.theme)));
  $<HTMLElement>('.controls').setAttribute('aria-label', `${s.language}, ${s.theme}, ${s.team}`);
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
  const language = $<HTMLSelectElement>('#language');
  language.value = settings.locale;
  language.addEventListener('change', () => {
    settings.locale = language.value as Locale;
    saveSettings();
    applyTexts();
    renderReport();
  });

  const teamSelect = $<HTMLSelectElement>('#team');
  teamSelect.replaceChildren(
    ...SAMPLE_DEPARTMENT.teams.map((t) => new Option(t.name, t.id, false, t.id === settings.team)),
  );
  teamSelect.addEventListener('change', () => {
    settings.team = teamSelect.value;
    saveSettings();
    $<HTMLElement>('#added').hidden = true;
    loadSellers();
    renderSurvey();
    renderReport();
  });

  $<BalanseStyleAdvisor>('#advisor').addEventListener('balanse-sellers-change', () => {
    if (settings.includePrivate) renderReport();
  });

  $<HTMLSelectElement>('#theme').addEventListener('change', (event) => {
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

  const includePrivate = $<HTMLInputElement>('#private');
  includePrivate.checked = settings.includePrivate;
  includePrivate.addEventListener('change', () => {
    settings.includePrivate = includePrivate.checked;
    saveSettings();
    renderReport();
  });

  $<HTMLButtonElement>('#start-over').addEventListener('click', () => {
    clearAdded();
    $<HTMLElement>('#added').hidden = true;
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
