import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

// npm test: the app's logic in jsdom (forms, the live timeline's stream, the router).
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      restoreMocks: true,
    },
  }),
);
