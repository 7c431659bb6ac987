/**
 * What visitors add in the demo: their own survey answers per team, kept in this browser only
 * (localStorage), so a reload shows the same report. "Start over" clears it.
 */
import type { Response } from '@balanse/core';

const KEY = 'balanse-demo:added';

export interface Added {
  /** Team-form responses per team id. */
  readonly team: Record<string, Response[]>;
  /** The latest self form per team id. */
  readonly self: Record<string, Response>;
}

function read(): Added {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Added | null;
    if (parsed && typeof parsed === 'object' && parsed.team && parsed.self) return parsed;
  } catch {
    // Unreadable or no storage: start empty.
  }
  return { team: {}, self: {} };
}

function write(added: Added): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(added));
  } catch {
    // Storage off or full: the demo still works for this visit.
  }
}

export function added(): Added {
  return read();
}

export function addResponse(teamId: string, response: Response): void {
  const current = read();
  if (response.form === 'self') {
    write({ ...current, self: { ...current.self, [teamId]: response } });
  } else {
    write({ ...current, team: { ...current.team, [teamId]: [...(current.team[teamId] ?? []), response] } });
  }
}

export function clearAdded(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to clear.
  }
}
