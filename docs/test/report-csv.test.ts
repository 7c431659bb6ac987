import { readFileSync } from 'node:fs';
import { REPORT_CSV_COLUMNS } from '@balanse/core';
import { describe, expect, it } from 'vitest';

const page = readFileSync(new URL('../model/report-csv.md', import.meta.url), 'utf8');

/** The first cell of each row of the table under `heading`. */
function firstColumn(heading: string): string[] {
  const section = page.split(`## ${heading}\n`)[1]!.split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => /^\| `([^`]+)`/.exec(line)![1]!);
}

describe('the CSV page', () => {
  it('lists exactly the columns reportToCsv writes, in order', () => {
    expect(firstColumn('Columns')).toEqual([...REPORT_CSV_COLUMNS]);
  });
});
