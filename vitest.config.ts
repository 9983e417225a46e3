import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    // Server modules are tested as the server loads them: Next resolves this marker to its empty file.
    alias: { '@': root, 'server-only': `${root}node_modules/server-only/empty.js` },
  },
  test: {
    include: ['lib/**/*.test.ts'],
    globalSetup: ['lib/shared/test-services.mjs'],
    environment: 'node',
    testTimeout: 30000,
    hookTimeout: 60000,
  },
});
