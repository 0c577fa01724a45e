import { css, html, type TemplateResult } from 'lit';
import { NODE_KIND_LABELS, type CalendarNode, type NodeKind } from '../../../../../content-kit';
import { t, type MessageKey } from '../../../../../components/i18n/t';

/** A one-character (or one-word) mark per kind, so kinds differ in text and border style as well as colour. */
const BADGES: Record<NodeKind, MessageKey> = {
  holiday: 'calendarNodeBadgeHoliday',
  workday: 'calendarNodeBadgeWorkday',
  festival: 'calendarNodeBadgeFestival',
  'solar-term': 'calendarNodeBadgeSolarTerm',
  marketing: 'calendarNodeBadgeMarketing',
};

/** A kind's mark: 休, 班, 节, 气, 营 (Off, Work, Fest, Term, Mkt). */
export function nodeBadge(kind: NodeKind): string {
  return t(BADGES[kind]);
}

/** The words a screen reader hears for a node: its name and its kind. */
export function nodeLabel(node: CalendarNode, locale: 'zh' | 'en'): string {
  return `${node.name}${locale === 'zh' ? '，' : ', '}${NODE_KIND_LABELS[node.kind][locale]}`;
}

/**
 * One 节点 as a small chip (`data-ck="node"`, `data-kind`): a badge (休, 班, 节, 气, 营) and the name. It is not an
 * entry: not focusable, not draggable, and clicks on it fall through to its day.
 */
export function nodeChip(node: CalendarNode, locale: 'zh' | 'en'): TemplateResult {
  const label = nodeLabel(node, locale);
  return html`<span class="node node-${node.kind}" data-ck="node" data-kind=${node.kind} data-date=${node.date} title=${label} aria-label=${label} role="note"
    ><span class="badge" aria-hidden="true">${nodeBadge(node.kind)}</span><span class="name" aria-hidden="true">${node.name}</span></span
  >`;
}

/** Styles of node chips, shared by the grid and the agenda. */
export const nodeChipStyles = css`
  .node { --node: var(--ck-muted); display: inline-flex; align-items: center; gap: 2px; min-width: 0; max-width: 100%; height: 16px; font-size: 11px; line-height: 16px; color: var(--ck-fg); overflow: hidden; white-space: nowrap; }
  .node .badge { flex: none; padding: 0 2px; border-radius: 2px; border: 1px solid var(--node); color: var(--node); font-size: 10px; line-height: 12px; }
  .node .name { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
  .node-holiday { --node: light-dark(#b3261e, #ff8a80); }
  .node-holiday .badge { background: var(--node); color: var(--ck-bg); }
  .node-workday { --node: var(--ck-muted); }
  .node-workday .badge { border-style: dashed; }
  .node-festival { --node: light-dark(#9a4f00, #ffb870); }
  .node-festival .badge { border-width: 2px; line-height: 10px; }
  .node-solar-term { --node: light-dark(#2b6e2f, #8fd694); }
  .node-solar-term .badge { border-style: dotted; }
  .node-marketing { --node: light-dark(#5b3db5, #c3b0ff); }
  .node-marketing .badge { border-radius: 6px; }
  @media (forced-colors: active) { .node .badge { border-color: CanvasText; color: CanvasText; background: Canvas; } }
`;
