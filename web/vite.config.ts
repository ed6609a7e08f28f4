import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

// Built into dist/web, which `parley serve` serves; `npm run web:dev` proxies /api to a running server.
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  build: { outDir: path.resolve(__dirname, '..', 'dist', 'web'), emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:4747' } },
});
