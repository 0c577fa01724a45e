import { SITE_ADAPTERS } from './site-adapters';

/** Hosts the sidebar runs on, from the adapters; also the manifest's host permissions. */
export const SITE_MATCHES = SITE_ADAPTERS.flatMap((adapter) => adapter.matches);
