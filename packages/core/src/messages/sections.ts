/**
 * Each message section across the four locales, as its own export: an element that shows zone
 * names imports `zoneTexts` and bundles only those, not every text of the product.
 */
import type { Locale } from '../vocabulary/index.js';
import type { Messages } from './nb.js';
import {
  nbScales,
  nbZones,
  nbZoneMap,
  nbLevers,
  nbBalance,
  nbStyles,
  nbPressure,
  nbStyleReasons,
  nbObservations,
  nbDiagnosis,
  nbCharacteristics,
  nbGapLabels,
  nbAgreement,
  nbBands,
  nbAdvice,
  nbAdviceReasons,
  nbReport,
  nbHidden,
} from './nb.js';
import {
  nnScales,
  nnZones,
  nnZoneMap,
  nnLevers,
  nnBalance,
  nnStyles,
  nnPressure,
  nnStyleReasons,
  nnObservations,
  nnDiagnosis,
  nnCharacteristics,
  nnGapLabels,
  nnAgreement,
  nnBands,
  nnAdvice,
  nnAdviceReasons,
  nnReport,
  nnHidden,
} from './nn.js';
import {
  svScales,
  svZones,
  svZoneMap,
  svLevers,
  svBalance,
  svStyles,
  svPressure,
  svStyleReasons,
  svObservations,
  svDiagnosis,
  svCharacteristics,
  svGapLabels,
  svAgreement,
  svBands,
  svAdvice,
  svAdviceReasons,
  svReport,
  svHidden,
} from './sv.js';
import {
  enScales,
  enZones,
  enZoneMap,
  enLevers,
  enBalance,
  enStyles,
  enPressure,
  enStyleReasons,
  enObservations,
  enDiagnosis,
  enCharacteristics,
  enGapLabels,
  enAgreement,
  enBands,
  enAdvice,
  enAdviceReasons,
  enReport,
  enHidden,
} from './en.js';

/** `messages[locale].scales` for every locale. */
export const scalesTexts: Readonly<Record<Locale, Messages['scales']>> = {
  nb: nbScales,
  nn: nnScales,
  sv: svScales,
  en: enScales,
};
/** `messages[locale].zones` for every locale. */
export const zonesTexts: Readonly<Record<Locale, Messages['zones']>> = {
  nb: nbZones,
  nn: nnZones,
  sv: svZones,
  en: enZones,
};
/** `messages[locale].zoneMap` for every locale. */
export const zoneMapTexts: Readonly<Record<Locale, Messages['zoneMap']>> = {
  nb: nbZoneMap,
  nn: nnZoneMap,
  sv: svZoneMap,
  en: enZoneMap,
};
/** `messages[locale].levers` for every locale. */
export const leversTexts: Readonly<Record<Locale, Messages['levers']>> = {
  nb: nbLevers,
  nn: nnLevers,
  sv: svLevers,
  en: enLevers,
};
/** `messages[locale].balance` for every locale. */
export const balanceTexts: Readonly<Record<Locale, Messages['balance']>> = {
  nb: nbBalance,
  nn: nnBalance,
  sv: svBalance,
  en: enBalance,
};
/** `messages[locale].styles` for every locale. */
export const stylesTexts: Readonly<Record<Locale, Messages['styles']>> = {
  nb: nbStyles,
  nn: nnStyles,
  sv: svStyles,
  en: enStyles,
};
/** `messages[locale].pressure` for every locale. */
export const pressureTexts: Readonly<Record<Locale, Messages['pressure']>> = {
  nb: nbPressure,
  nn: nnPressure,
  sv: svPressure,
  en: enPressure,
};
/** `messages[locale].styleReasons` for every locale. */
export const styleReasonsTexts: Readonly<Record<Locale, Messages['styleReasons']>> = {
  nb: nbStyleReasons,
  nn: nnStyleReasons,
  sv: svStyleReasons,
  en: enStyleReasons,
};
/** `messages[locale].observations` for every locale. */
export const observationsTexts: Readonly<Record<Locale, Messages['observations']>> = {
  nb: nbObservations,
  nn: nnObservations,
  sv: svObservations,
  en: enObservations,
};
/** `messages[locale].diagnosis` for every locale. */
export const diagnosisTexts: Readonly<Record<Locale, Messages['diagnosis']>> = {
  nb: nbDiagnosis,
  nn: nnDiagnosis,
  sv: svDiagnosis,
  en: enDiagnosis,
};
/** `messages[locale].characteristics` for every locale. */
export const characteristicsTexts: Readonly<Record<Locale, Messages['characteristics']>> = {
  nb: nbCharacteristics,
  nn: nnCharacteristics,
  sv: svCharacteristics,
  en: enCharacteristics,
};
/** `messages[locale].gapLabels` for every locale. */
export const gapLabelsTexts: Readonly<Record<Locale, Messages['gapLabels']>> = {
  nb: nbGapLabels,
  nn: nnGapLabels,
  sv: svGapLabels,
  en: enGapLabels,
};
/** `messages[locale].agreement` for every locale. */
export const agreementTexts: Readonly<Record<Locale, Messages['agreement']>> = {
  nb: nbAgreement,
  nn: nnAgreement,
  sv: svAgreement,
  en: enAgreement,
};
/** `messages[locale].bands` for every locale. */
export const bandsTexts: Readonly<Record<Locale, Messages['bands']>> = {
  nb: nbBands,
  nn: nnBands,
  sv: svBands,
  en: enBands,
};
/** `messages[locale].advice` for every locale. */
export const adviceTexts: Readonly<Record<Locale, Messages['advice']>> = {
  nb: nbAdvice,
  nn: nnAdvice,
  sv: svAdvice,
  en: enAdvice,
};
/** `messages[locale].adviceReasons` for every locale. */
export const adviceReasonsTexts: Readonly<Record<Locale, Messages['adviceReasons']>> = {
  nb: nbAdviceReasons,
  nn: nnAdviceReasons,
  sv: svAdviceReasons,
  en: enAdviceReasons,
};
/** `messages[locale].report` for every locale. */
export const reportTexts: Readonly<Record<Locale, Messages['report']>> = {
  nb: nbReport,
  nn: nnReport,
  sv: svReport,
  en: enReport,
};
/** `messages[locale].hidden` for every locale. */
export const hiddenTexts: Readonly<Record<Locale, Messages['hidden']>> = {
  nb: nbHidden,
  nn: nnHidden,
  sv: svHidden,
  en: enHidden,
};
