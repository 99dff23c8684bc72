import { defineConfig } from 'vite';

// Workspace packages resolve to their TypeScript sources: no prior build of them is needed.
export default defineConfig({
  resolve: { conditions: ['@trtc-smart/source', 'module', 'browser', 'development|production'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 3000 },
});
