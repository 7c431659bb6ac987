/**
 * @balanse/react: a React component for every Balanse element, made with `@lit/react`. Each
 * registers its element when imported; props set the element's properties and `on…` props listen
 * to its events, typed from the element's own classes. Import only what a page shows: the package
 * is free of side effects apart from the element registrations of what you import.
 */
export { BalanseSurvey, type BalanseSurveyProps } from './survey.js';
export { BalanseZoneMap, type BalanseZoneMapProps } from './zone-map.js';
export { BalanseBalanceBoard, type BalanseBalanceBoardProps } from './balance-board.js';
export { BalanseStyleAdvisor, type BalanseStyleAdvisorProps } from './style-advisor.js';
export { BalanseReport, type BalanseReportProps } from './report.js';
export type { BalanseComponent, ElementProps, EventClass, EventProps, HandlerName, WrapperProps } from './wrap.js';
