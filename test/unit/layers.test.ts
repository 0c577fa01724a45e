import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layers of shared/DESIGN.md, read from the code's own imports.
const SOURCE_DIRS = ['content-kit', 'utils', 'sites', 'components', 'entrypoints', 'bin'];
const IMPORT = /^\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"](\.[^'"]+)['"]\s*,\s*import\.meta\.url/gm;

interface Edge {
  from: string;
  line: number;
  to: string;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  const base = normalize(join(dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return base;
}

function edgesOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const edges: Edge[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (!spec) continue;
    edges.push({ from: file, line: text.slice(0, match.index).split('\n').length, to: resolveImport(file, spec) });
  }
  return edges;
}

const EDGES = SOURCE_DIRS.flatMap(sourceFiles).flatMap(edgesOf);
const where = (edge: Edge) => `${edge.from}:${edge.line} imports ${edge.to}`;
const under = (path: string, dir: string) => !relative(dir, path).startsWith('..') && !relative(dir, path).startsWith('/');

/** Every file the given entry reaches through relative imports (the bundle the browser loads). */
function reach(entry: string): Map<string, Edge> {
  const seen = new Map<string, Edge>();
  const queue = [entry];
  const byFile = new Map<string, Edge[]>();
  for (const edge of EDGES) byFile.set(edge.from, [...(byFile.get(edge.from) ?? []), edge]);
  while (queue.length) {
    const file = queue.pop()!;
    for (const edge of byFile.get(file) ?? []) {
      if (seen.has(edge.to) || !edge.to.includes('/')) continue;
      seen.set(edge.to, edge);
      queue.push(edge.to);
    }
  }
  return seen;
}

describe('layers', () => {
  it('reads the imports of every layer', () => {
    expect(EDGES.length).toBeGreaterThan(200);
    expect(EDGES.some((e) => e.from.startsWith('entrypoints/sidebar.content/') && e.to.startsWith('sites/'))).toBe(true);
  });

  it('the content script never reaches the store (its indexedDB is the page’s)', () => {
    const reached = reach('entrypoints/sidebar.content/index.ts');
    const bad = [...reached].filter(([file]) => under(file, 'utils/store') || file === 'idb-keyval').map(([, edge]) => where(edge));
    expect(bad).toEqual([]);
  });

  it('components import content-kit and each other only', () => {
    const bad = EDGES.filter((e) => e.from.startsWith('components/') && (under(e.to, 'entrypoints') || under(e.to, 'utils') || under(e.to, 'sites')));
    expect(bad.map(where)).toEqual([]);
  });

  it('the sidebar and the studio never import each other', () => {
    const side = 'entrypoints/sidebar.content';
    const studio = 'entrypoints/options';
    const bad = EDGES.filter((e) => (under(e.from, side) && under(e.to, studio)) || (under(e.from, studio) && under(e.to, side)));
    expect(bad.map(where)).toEqual([]);
  });

  it('nothing outside entrypoints/ imports it, and no entry point imports another', () => {
    const entryOf = (path: string) => (under(path, 'entrypoints') ? path.split('/')[1] : undefined);
    const bad = EDGES.filter((e) => entryOf(e.to) !== undefined && entryOf(e.from) !== entryOf(e.to));
    expect(bad.map(where)).toEqual([]);
  });

  it('the pure core imports only itself', () => {
    const bad = EDGES.filter((e) => e.from.startsWith('content-kit/') && !under(e.to, 'content-kit') && !/^(valibot|marked|chinese-days)(\/|$)/.test(e.to));
    expect(bad.map(where)).toEqual([]);
  });

  it('the store and its migrations do not import each other in a cycle', () => {
    const storeEdges = EDGES.filter((e) => under(e.from, 'utils/store') && under(e.to, 'utils/store'));
    const pairs = new Set(storeEdges.map((e) => `${e.from}>${e.to}`));
    const cycles = storeEdges.filter((e) => pairs.has(`${e.to}>${e.from}`));
    expect(cycles.map(where)).toEqual([]);
  });
});
