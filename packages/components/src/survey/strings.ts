import type { Locale } from '@balanse/core';

/**
 * The survey's own UI texts (the instrument brings the items, labels, title and instructions).
 * nb is the source: its keys are the contract, and `strings.test.ts` fails when another locale
 * misses a key or a `{placeholder}`. Kept short on purpose: every respondent downloads all four.
 */
const nb = {
  page: 'Side {page} av {pages}',
  answered: '{answered} av {total} besvart',
  back: 'Tilbake',
  next: 'Neste',
  toReview: 'Se over svarene',
  review: 'Se over før du sender',
  allAnswered: 'Du har svart på alle spørsmålene.',
  optionalNote: 'Du kan hoppe over spørsmål du ikke kan eller vil svare på.',
  requiredNote: 'Alle spørsmålene må besvares før du kan sende.',
  unanswered: 'Disse har du ikke svart på. Du kan sende uten dem, men hvert svar gjør resultatet sikrere:',
  unansweredRequired: 'Disse har du ikke svart på ennå. Svar på dem før du sender:',
  mustAnswer: 'Svar på alle spørsmålene før du sender.',
  submit: 'Send svarene',
  sending: 'Sender svarene …',
  queued: 'Ikke sendt ennå: vi får ikke kontakt akkurat nå. Svarene er tatt vare på og sendes automatisk.',
  delivered: 'Takk! Svarene dine er mottatt.',
  failed:
    'Svarene ble ikke tatt imot (feil {status}). De er tatt vare på. Prøv igjen, eller kontakt den som sendte deg undersøkelsen.',
  retry: 'Prøv igjen',
  notSaved: 'Nettleseren lar oss ikke lagre svarene. De beholdes bare så lenge siden er åpen.',
  invalid: 'Undersøkelsen kan ikke vises fordi spørreskjemaet har en feil:',
};

/** The UI texts of one locale: exactly nb's keys. */
export type SurveyStrings = Record<keyof typeof nb, string>;

const nn: SurveyStrings = {
  page: 'Side {page} av {pages}',
  answered: '{answered} av {total} svara',
  back: 'Tilbake',
  next: 'Neste',
  toReview: 'Sjå over svara',
  review: 'Sjå over før du sender',
  allAnswered: 'Du har svara på alle spørsmåla.',
  optionalNote: 'Du kan hoppe over spørsmål du ikkje kan eller vil svare på.',
  requiredNote: 'Alle spørsmåla må svarast på før du kan sende.',
  unanswered: 'Desse har du ikkje svara på. Du kan sende utan dei, men kvart svar gjer resultatet sikrare:',
  unansweredRequired: 'Desse har du ikkje svara på enno. Svar på dei før du sender:',
  mustAnswer: 'Svar på alle spørsmåla før du sender.',
  submit: 'Send svara',
  sending: 'Sender svara …',
  queued: 'Ikkje sendt enno: vi får ikkje kontakt akkurat no. Svara er tekne vare på og blir sende automatisk.',
  delivered: 'Takk! Svara dine er mottekne.',
  failed:
    'Svara vart ikkje tekne imot (feil {status}). Dei er tekne vare på. Prøv igjen, eller kontakt den som sende deg undersøkinga.',
  retry: 'Prøv igjen',
  notSaved: 'Nettlesaren lèt oss ikkje lagre svara. Dei blir berre tekne vare på så lenge sida er open.',
  invalid: 'Undersøkinga kan ikkje visast fordi spørjeskjemaet har ein feil:',
};

const sv: SurveyStrings = {
  page: 'Sida {page} av {pages}',
  answered: '{answered} av {total} besvarade',
  back: 'Tillbaka',
  next: 'Nästa',
  toReview: 'Granska svaren',
  review: 'Granska innan du skickar',
  allAnswered: 'Du har besvarat alla frågor.',
  optionalNote: 'Du kan hoppa över frågor som du inte kan eller vill svara på.',
  requiredNote: 'Alla frågor måste besvaras innan du kan skicka.',
  unanswered: 'Dessa har du inte svarat på. Du kan skicka utan dem, men varje svar gör resultatet säkrare:',
  unansweredRequired: 'Dessa har du inte svarat på än. Svara på dem innan du skickar:',
  mustAnswer: 'Besvara alla frågor innan du skickar.',
  submit: 'Skicka svaren',
  sending: 'Skickar svaren …',
  queued: 'Inte skickat än: vi får ingen kontakt just nu. Svaren är sparade och skickas automatiskt.',
  delivered: 'Tack! Dina svar har tagits emot.',
  failed:
    'Svaren kunde inte tas emot (fel {status}). De är sparade. Försök igen, eller kontakta den som skickade enkäten.',
  retry: 'Försök igen',
  notSaved: 'Webbläsaren låter oss inte spara svaren. De finns kvar bara medan sidan är öppen.',
  invalid: 'Enkäten kan inte visas eftersom frågeformuläret har ett fel:',
};

const en: SurveyStrings = {
  page: 'Page {page} of {pages}',
  answered: '{answered} of {total} answered',
  back: 'Back',
  next: 'Next',
  toReview: 'Review your answers',
  review: 'Review before you send',
  allAnswered: 'You have answered every question.',
  optionalNote: 'You can skip any question you can’t or don’t want to answer.',
  requiredNote: 'Every question needs an answer before you can send.',
  unanswered: 'You haven’t answered these. You can send without them, but every answer makes the result more reliable:',
  unansweredRequired: 'You haven’t answered these yet. Answer them before you send:',
  mustAnswer: 'Answer every question before you send.',
  submit: 'Send answers',
  sending: 'Sending your answers …',
  queued: 'Not sent yet: we can’t connect right now. Your answers are kept and will be sent automatically.',
  delivered: 'Thank you! We’ve received your answers.',
  failed:
    'Your answers couldn’t be delivered (error {status}). They’re kept. Try again, or contact whoever sent you the survey.',
  retry: 'Try again',
  notSaved: 'This browser doesn’t let us save your answers. They’re kept only while this page is open.',
  invalid: 'The survey can’t be shown because the questionnaire has an error:',
};

/** UI texts per locale. */
export const STRINGS: Record<Locale, SurveyStrings> = { nb, nn, sv, en };

/**
 * Fills `{name}` placeholders. Numbers of 1000 and more go through `Intl.NumberFormat` (nb writes
 * "12 000"); smaller ones are plain digits in all four locales, and skipping Intl for them keeps
 * its first construction (about 20 ms of ICU loading on a slow device) off the first render.
 */
export function fill(text: string, locale: Locale, values: Record<string, number | string>): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (typeof value !== 'number') return value ?? '';
    return Math.abs(value) < 1000 && Number.isInteger(value)
      ? String(value)
      : new Intl.NumberFormat(locale).format(value);
  });
}
