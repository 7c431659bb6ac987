/**
 * File downloads for the elements that offer them (the report's JSON and CSV, the style
 * advisor's export). The host hears a cancelable `balanse-download` first: it may store or send
 * the file itself and cancel the browser download.
 */

/** Detail of `balanse-download`. */
export interface BalanseDownloadDetail {
  /** The suggested file name, e.g. `balanse-report.csv`. */
  readonly filename: string;
  /** The MIME type, e.g. `text/csv;charset=utf-8`. */
  readonly type: string;
  /** The file's full text. */
  readonly content: string;
}

/** A file is about to be downloaded. Cancel it (`preventDefault()`) to handle the file yourself. */
export class BalanseDownloadEvent extends CustomEvent<BalanseDownloadDetail> {
  /** The event's type, for `addEventListener` and the framework wrappers. */
  static readonly eventName = 'balanse-download';

  constructor(detail: BalanseDownloadDetail) {
    super(BalanseDownloadEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'balanse-download': BalanseDownloadEvent;
  }
}

/**
 * Announces the file with `balanse-download` from `host` and, unless a listener cancelled it,
 * saves it through a temporary object URL. Returns whether the browser download started.
 */
export function downloadFile(host: HTMLElement, detail: BalanseDownloadDetail): boolean {
  if (!host.dispatchEvent(new BalanseDownloadEvent(detail))) return false;
  const url = URL.createObjectURL(new Blob([detail.content], { type: detail.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = detail.filename;
  link.rel = 'noopener';
  link.click();
  // Revoke after the click has been handled; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return true;
}
