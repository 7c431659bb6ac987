// Storybook for the Balanse elements: `pnpm storybook` (dev server) and `pnpm build-storybook`
// (static site in storybook-static/). The stories run from the packages' sources, like the demo,
// and read the elements' API from packages/components/custom-elements.json (made by the build).
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { SOURCE_ALIASES } from '../../.ci/source-aliases.mjs';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const config: StorybookConfig = {
  // The elements' stories live in their folders; the administrators' app's here.
  stories: ['../*.stories.ts', '../../packages/components/src/*/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // Our machines reach the npm registry only: no telemetry, no update or news checks.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false },
  viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      resolve: {
        // Without these Storybook would load the workspace packages from their dist/ builds.
        alias: [
          ...SOURCE_ALIASES,
          {
            find: /^@balanse\/components\/custom-elements\.json$/,
            replacement: src('../../packages/components/custom-elements.json'),
          },
        ],
      },
      build: { target: 'es2022' },
    });
  },
};

export default config;
