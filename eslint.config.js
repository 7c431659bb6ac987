// ESLint for the whole repository (`pnpm lint`, also a step of `pnpm test`): typescript-eslint's
// strict type-checked rules everywhere, and for the elements Lit's, lit-a11y's and the
// web-components rules. Formatting is Prettier's job (`prettier --check` in `pnpm lint`), so the
// rules that would argue with it are off (eslint-config-prettier, last).
//
// A rule is switched off or loosened here only with the reason beside it; a single exception in
// the code is an `eslint-disable-next-line <rule> -- <reason>` comment.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * A plugin's flat config, which the plugins' types leave optional.
 *
 * @param {{ configs?: Record<string, unknown> }} plugin
 * @param {string} name
 * @returns {import('eslint').Linter.Config}
 */
function flatConfig(plugin, name) {
  const config = plugin.configs?.[name];
  if (!config || typeof config !== 'object' || Array.isArray(config)) throw new Error(`No flat config ${name}`);
  return /** @type {import('eslint').Linter.Config} */ (config);
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'storybook-static/',
      'coverage/',
      '.vitest-reports/',
      'docs/api/',
      'docs/.examples/',
      'packages/components/test/generated-docs-examples/',
      'packages/react/test/generated-docs-examples/',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      // Numbers and booleans in messages and keys read as what they are; objects still may not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
  {
    files: ['packages/components/src/**/*.ts', 'stories/**/*.ts', 'packages/demo/src/**/*.ts'],
    extends: [flatConfig(lit, 'flat/recommended'), flatConfig(wc, 'flat/recommended')],
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
  {
    // Tests poke at internals on purpose (shadow roots, private state through casts) and state
    // their expectations with non-null assertions after having checked the value exists.
    files: ['**/*.test.ts', '**/test/**/*.ts', '**/test-utils/**/*.ts', '**/*.fixture.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
