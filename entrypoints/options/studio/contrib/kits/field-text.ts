import { ENTRY_PLATFORMS, ITEM_KINDS, STAGES as STAGE_VALUES, type ItemKind, type Platform, type Stage, type Variable } from '../../../../../content-kit';
import { kindLabel, platformLabel, stageLabel } from '../../../../../components/i18n/labels';

const KINDS = new Set<string>(ITEM_KINDS);
const STAGES = new Set<string>(STAGE_VALUES);
const PLATFORMS = new Set<string>(ENTRY_PLATFORMS);

const variableText = (v: Variable) =>
  [`{{${v.name}}}`, v.label, v.hint && `(${v.hint})`, v.default !== undefined && `= ${v.default}`, v.required && '*'].filter(Boolean).join(' ');

/**
 * A field's value as plain text for the side-by-side view: vocabularies in the UI language, lists one per line,
 * anything else as JSON. Always a string to show as text, never markup; empty for a missing value.
 */
export function fieldText(field: string, value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') {
    if (field === 'kind' && KINDS.has(value)) return kindLabel(value as ItemKind);
    if (field === 'stage' && STAGES.has(value)) return stageLabel(value as Stage);
    if (field === 'platform' && PLATFORMS.has(value)) return platformLabel(value as Platform);
    return value;
  }
  if (field === 'platforms' && Array.isArray(value)) return value.map((p) => (PLATFORMS.has(p) ? platformLabel(p as Platform) : String(p))).join('、');
  if (field === 'tags' && Array.isArray(value)) return value.map(String).join('、');
  if (field === 'variables' && Array.isArray(value)) return (value as Variable[]).map(variableText).join('\n');
  if (field === 'authors' && Array.isArray(value)) return (value as { name: string; contact?: string }[]).map((a) => (a.contact ? `${a.name} <${a.contact}>` : a.name)).join('\n');
  if (field === 'canvas' && value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join('\n');
  return JSON.stringify(value, null, 1) ?? '';
}
