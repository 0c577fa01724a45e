import type { HashtagForm } from './platform-targets';

/** Writes a topic in the target's hashtag form (`#话题#`, `#话题`, or the bare words). */
export function hashtag(topic: string, form: HashtagForm): string {
  const words = topic.replace(/[#＃]/g, '').trim();
  if (form === 'double') return `#${words}#`;
  if (form === 'single') return `#${words}`;
  return words;
}
