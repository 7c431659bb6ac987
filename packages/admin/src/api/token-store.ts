/**
 * Where the signed-in token lives: the browser tab's sessionStorage, so a reload keeps the
 * session and closing the tab ends it; never localStorage, where a token would outlive the
 * session on a shared computer. Signing out removes it. When storage is refused (a private
 * window's policy), the token stays in memory for as long as the page is open.
 */
const KEY = 'balanse-admin-token';
let memory: string | null = null;

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function readToken(): string | null {
  try {
    return storage()?.getItem(KEY) ?? memory;
  } catch {
    return memory;
  }
}

export function saveToken(token: string): void {
  memory = token;
  try {
    storage()?.setItem(KEY, token);
  } catch {
    // kept in memory only
  }
}

export function clearToken(): void {
  memory = null;
  try {
    storage()?.removeItem(KEY);
  } catch {
    // nothing stored
  }
}
