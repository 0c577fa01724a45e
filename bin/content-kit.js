#!/usr/bin/env node
// Launcher for the content-kit CLI: the TypeScript sources in bin/ are bundled to dist/cli by `npm run build`
// (and by `npm install`), so this runs on plain Node with no TypeScript runner.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/content-kit.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('content-kit: the CLI is not built yet; run `npm run build` (or `npm install`) first\n');
  process.exit(2);
}
await import(pathToFileURL(built).href);
