import { defineConfig } from 'vite';

// Bundles the pure core as a library for the Node benchmarks (scripts/bench.mjs imports dist/bench/content-kit.mjs).
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'content-kit/index.ts',
    outDir: 'dist/bench',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'content-kit.mjs' } },
  },
  ssr: { noExternal: true },
});
