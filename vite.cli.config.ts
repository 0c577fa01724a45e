import { defineConfig } from 'vite';

// Bundles the content-kit CLI (bin/cli.ts and the pure core) into one ES module for plain Node 20.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'bin/cli.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'content-kit.mjs' } },
  },
  ssr: { noExternal: true },
});
