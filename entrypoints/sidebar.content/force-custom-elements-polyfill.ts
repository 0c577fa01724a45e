// Firefox gives content scripts a registry they cannot define elements in, Chrome gives none: the polyfill,
// imported next, is told to install itself in both so Lit behaves the same everywhere.
const registry = (globalThis as { customElements?: { forcePolyfill?: boolean } | null }).customElements;
if (registry) registry.forcePolyfill = true;
