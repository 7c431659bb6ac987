/** Markdown fenced-code extraction, with no Node APIs, so browser tests can use it too. */

/** Fenced blocks of a markdown text, with the line each starts on. */
export function fencedBlocks(text: string): { lang: string; info: string; code: string; line: number }[] {
  const blocks: { lang: string; info: string; code: string; line: number }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\w+)?(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]!); j++) body.push(lines[j]!.slice(indent));
    blocks.push({ lang: open[2] ?? '', info: (open[3] ?? '').trim(), code: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}
