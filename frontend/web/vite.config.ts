/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Django (runserver) in development; it owns the API, the admin and uploaded/static files. */
const BACKEND = 'http://127.0.0.1:8000';

export default defineConfig({
  // Django serves dist/index.html for SPA routes and dist/* at the site root, so /assets/… resolves.
  base: '/',
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/graphql/': BACKEND,
      '/admin/': BACKEND,
      '/static/': BACKEND,
      '/media/': BACKEND,
      // Roster template/upload and the audit CSV export are Django views, not SPA routes.
      '/accounts/': BACKEND,
      '/audit/': BACKEND,
      // WeChat QR login redirects and the avatar upload (accounts).
      '/auth/': BACKEND,
      // Resource files: inline previews, counted downloads, HTML5 packages, converted media and the batch zip (the
      // pages /resources and /resources/:id themselves are SPA routes).
      '^/resources/(\\d+/(file|download|package|media)|download\\.zip)': BACKEND,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts';
          if (id.includes('node_modules/antd') || id.includes('node_modules/@ant-design') || id.includes('node_modules/rc-'))
            return 'antd';
          if (id.includes('node_modules/react') || id.includes('node_modules/scheduler')) return 'react';
          return undefined;
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    globals: true,
  },
});
