import { defineConfig } from 'vite';

// Built into target/dist; Maven packages it under static/ in this module's jar, and the gateway
// serves it at /. In development (npm run dev) the API calls go to a running ./run.sh.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'target/dist',
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    port: 8080,
    proxy: {
      '/api': 'http://localhost:8081',
      '/app-config.json': 'http://localhost:8081',
    },
  },
});
