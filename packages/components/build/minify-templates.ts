/**
 * Build-time minification of Lit templates, for both builds (tsup.config.ts). Minifiers leave the
 * text of template literals alone, so without this every page would download the indentation of
 * our `html` templates and the comments and spaces of our `css` templates.
 *
 * - `css` templates: whitespace and comments removed by esbuild's CSS minifier, each `${…}` held
 *   by a placeholder that must come out unchanged and in order (the build fails otherwise).
 * - `html` and `svg` templates: a run of whitespace that contains a line break becomes one space.
 *   Under `white-space: normal` (the only mode our elements render template text in) a browser
 *   shows any run of spaces and line breaks as one space, so the rendered page is the same; runs
 *   without a line break are left as written, because they are deliberate.
 *
 * Sources stay readable and are what the tests run; packaging/cdn.test.ts checks that the built
 * elements render the same shadow trees and style rules as the sources.
 */
import { transformSync } from 'esbuild';
import ts from 'typescript';

const PLACEHOLDER = (i: number) => `__balanse_expr_${i}__`;

/** One template literal's static parts, as raw source text between its `${…}` holes. */
interface Template {
  tag: 'css' | 'html' | 'svg';
  /** [start, end) of each raw text part in the source. */
  parts: { start: number; end: number }[];
}

function templatesOf(file: string, source: string): Template[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Template[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      ['css', 'html', 'svg'].includes(node.tag.text)
    ) {
      const t = node.template;
      // Raw text lies between the backtick or `}` and the backtick or `${`.
      const part = (n: ts.Node, closeLength: number) => ({ start: n.getStart(sf) + 1, end: n.end - closeLength });
      const parts = ts.isNoSubstitutionTemplateLiteral(t)
        ? [part(t, 1)]
        : [
            part(t.head, 2),
            ...t.templateSpans.map((span) => part(span.literal, ts.isTemplateTail(span.literal) ? 1 : 2)),
          ];
      found.push({ tag: node.tag.text as Template['tag'], parts });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** `html`/`svg`: whitespace runs with a line break become one space. */
export function minifyHtmlText(text: string): string {
  return text.replace(/[ \t]*(?:\r?\n)\s*/g, ' ');
}

/** `css`: the parts joined with placeholders, minified, and split again at the placeholders. */
export function minifyCssParts(parts: readonly string[], where: string): string[] {
  const joined = parts.reduce((all, part, i) => (i === 0 ? part : `${all}${PLACEHOLDER(i - 1)}${part}`), '');
  // Whitespace and comments only: value rewrites (600ms → .6s, normal → 400) would save little and
  // make the built styles differ from the sources in ways packaging/cdn.test.ts could not compare.
  const { code } = transformSync(joined, { loader: 'css', minifyWhitespace: true, logLevel: 'silent' });
  const out: string[] = [];
  let rest = code.trim();
  for (let i = 0; i < parts.length - 1; i++) {
    const at = rest.indexOf(PLACEHOLDER(i));
    if (at < 0 || rest.indexOf(PLACEHOLDER(i), at + 1) >= 0) {
      throw new Error(
        `minify-templates: the CSS minifier moved or merged expression ${i} of a css template in ${where}`,
      );
    }
    out.push(rest.slice(0, at));
    rest = rest.slice(at + PLACEHOLDER(i).length);
  }
  out.push(rest);
  if (out.some((part) => part.includes('__balanse_expr_')))
    throw new Error(`minify-templates: expressions out of order in ${where}`);
  return out;
}

/** Returns `source` with every `css`, `html` and `svg` template minified. */
export function minifyTemplates(source: string, file: string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const template of templatesOf(file, source)) {
    const raw = template.parts.map(({ start, end }) => source.slice(start, end));
    const next = template.tag === 'css' ? minifyCssParts(raw, file) : raw.map(minifyHtmlText);
    template.parts.forEach((part, i) => edits.push({ ...part, text: next[i] ?? raw[i] ?? '' }));
  }
  // Apply from the end so earlier offsets stay valid (nested templates never overlap a raw part).
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  for (const { start, end, text } of edits) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
