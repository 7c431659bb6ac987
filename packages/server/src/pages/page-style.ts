/**
 * The few rules of the server's own pages around the elements: the body, the width, the language
 * switch. Served as a file (`/assets/page.css`) so the pages need no inline style. The elements
 * bring their own styles; the theme is default.css.
 */
export const PAGE_STYLE = `
:root { color-scheme: light dark; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  line-height: 1.5;
  background: Canvas;
  color: CanvasText;
}
main { box-sizing: border-box; max-width: 62rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
main > p { font-size: 1.125rem; }
main > h1 { font-size: 1.25rem; line-height: 1.3; margin: 0 0 1rem; }
.page-tools { display: flex; justify-content: flex-end; gap: 0.5rem; margin-bottom: 1rem; }
.page-tools label { display: inline-flex; align-items: center; gap: 0.5rem; font-size: 0.95rem; }
.page-tools select { font: inherit; padding: 0.25rem 0.5rem; }
[data-status]:empty { display: none; }
[data-previous] { margin-top: 3rem; }
`;
