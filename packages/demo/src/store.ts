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

function isAdded(value: unknown): value is Added {
  if (typeof value !== 'object' || value === null) return false;
  const { team, self } = value as Record<string, unknown>;
  return typeof team === 'object' && team !== null && typeof self === 'object' && self !== null;
}

function read(): Added {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    // Written by this demo; anything else (an older format, an edit by hand) starts empty.
    if (isAdded(parsed)) return parsed;
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
