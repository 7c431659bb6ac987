/**
 * The API section of each element's docs page, generated from custom-elements.json (which the
 * build makes from the elements' JSDoc), so the pages can never drift from the code. Write it with
 * `pnpm docs:elements`; `element-api.test.ts` fails when a page is out of date.
 */
interface TypeRef {
  text: string;
}
interface Member {
  kind: 'field' | 'method';
  name: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  type?: TypeRef;
  default?: string;
  description?: string;
  attribute?: string;
  inheritedFrom?: { name: string };
  parameters?: { name: string; type?: TypeRef; optional?: boolean }[];
  return?: { type?: TypeRef };
}
interface Named {
  name: string;
  description?: string;
  type?: TypeRef;
}
export interface ElementDeclaration {
  tagName: string;
  name: string;
  members?: Member[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  cssStates?: Named[];
}
export interface Manifest {
  modules: { declarations?: (ElementDeclaration | { tagName?: undefined })[] }[];
}

export const START =
  '<!-- api:start: generated from custom-elements.json by `pnpm docs:elements`; edit the JSDoc, not this -->';
export const END = '<!-- api:end -->';

const cell = (text: string | undefined) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text: string | undefined) => (text ? `\`${cell(text)}\`` : '–');
const LIFECYCLE = /Callback$|^getUpdateComplete$|^(render|update|updated|firstUpdated|willUpdate|shouldUpdate)$/;

export function elementsOf(manifest: Manifest): ElementDeclaration[] {
  return manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d): d is ElementDeclaration => typeof d.tagName === 'string')
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** The markdown between START and END for one element. */
export function apiMarkdown(element: ElementDeclaration): string {
  const members = element.members ?? [];
  const fields = members.filter(
    (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.inheritedFrom,
  );
  const methods = members.filter(
    (m) =>
      m.kind === 'method' &&
      !m.static &&
      (m.privacy ?? 'public') === 'public' &&
      !m.inheritedFrom &&
      !LIFECYCLE.test(m.name),
  );
  const out: string[] = [START, ''];
  out.push(
    `\`<${element.tagName}>\`: class \`${element.name}\`, registered by \`import '@balanse/components/define/${element.tagName}'\` or the script-tag bundle.`,
    '',
  );
  out.push('### Properties and attributes', '');
  if (fields.length === 0) out.push('None.', '');
  else {
    out.push('| property | attribute | type | default | description |', '|---|---|---|---|---|');
    for (const f of fields) {
      out.push(
        `| \`${f.name}\`${f.readonly ? ' (read-only)' : ''} | ${code(f.attribute)} | ${code(f.type?.text)} | ${code(f.default)} | ${cell(f.description)} |`,
      );
    }
    out.push('');
  }
  if (methods.length > 0) {
    out.push('### Methods', '', '| method | description |', '|---|---|');
    for (const m of methods) {
      const params = (m.parameters ?? [])
        .map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`)
        .join(', ');
      out.push(`| \`${cell(`${m.name}(${params}): ${m.return?.type?.text ?? 'void'}`)}\` | ${cell(m.description)} |`);
    }
    out.push('');
  }
  const table = (title: string, head: string, rows: Named[] | undefined, withType = false) => {
    out.push(`### ${title}`, '');
    if (!rows || rows.length === 0) {
      out.push('None.', '');
      return;
    }
    out.push(
      withType ? `| ${head} | type | description |` : `| ${head} | description |`,
      withType ? '|---|---|---|' : '|---|---|',
    );
    for (const r of rows)
      out.push(
        withType
          ? `| \`${r.name}\` | ${code(r.type?.text)} | ${cell(r.description)} |`
          : `| \`${r.name}\` | ${cell(r.description)} |`,
      );
    out.push('');
  };
  table('Events', 'event', element.events, true);
  table('Custom states', 'state (`:state(…)`)', element.cssStates);
  table('CSS parts', 'part (`::part(…)`)', element.cssParts);
  table('CSS custom properties', 'property', element.cssProperties);
  out.push(
    'Every `balanse-*` event bubbles and crosses shadow roots, and is a typed class in `GlobalEventHandlersEventMap`. The language is the nearest `lang` attribute (nb, nn, sv or en; anything else shows bokmål), followed when it changes.',
    '',
    END,
  );
  return out.join('\n');
}

/** The page with its API section replaced (or added after the `## API` heading). */
export function withApi(page: string, element: ElementDeclaration): string {
  const api = apiMarkdown(element);
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start >= 0 && end > start) return page.slice(0, start) + api + page.slice(end + END.length);
  const heading = page.indexOf('\n## API\n');
  if (heading < 0) throw new Error(`docs page of <${element.tagName}> has no "## API" section`);
  const bodyStart = heading + '\n## API\n'.length;
  const next = page.indexOf('\n## ', bodyStart);
  return `${page.slice(0, bodyStart)}\n${api}\n${next < 0 ? '' : page.slice(next)}`;
}
