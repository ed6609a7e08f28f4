import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// Built into dist/web, which `parley serve` serves; `npm run web:dev` proxies /api to a running server.
export default defineConfig({
  root: here,
  plugins: [react()],
  build: { outDir: path.resolve(here, '..', 'dist', 'web'), emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:4747' } },
});
