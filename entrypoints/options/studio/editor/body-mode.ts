import type { ItemKind } from '../../../../content-kit';

/** How a body is stored: Markdown, or (for a topic, whose body is the topic's words) plain text. */
export type BodyMode = 'markdown' | 'plain';

/** The body mode of an item kind. */
export const bodyModeOf = (kind: ItemKind): BodyMode => (kind === 'topic' ? 'plain' : 'markdown');
