/** The panel side (and width) that leaves the composer uncovered where the viewport allows it. */
export function chooseSide(composer: DOMRect | undefined, width: number, viewport: number, handle = 28): { side: 'left' | 'right'; width: number } {
  if (!composer || composer.width === 0) return { side: 'right', width };
  const rightRoom = viewport - composer.right - handle;
  const leftRoom = composer.left - handle;
  if (rightRoom >= width) return { side: 'right', width };
  if (leftRoom >= width) return { side: 'left', width };
  const [side, room] = rightRoom >= leftRoom ? (['right', rightRoom] as const) : (['left', leftRoom] as const);
  return { side, width: Math.max(280, Math.min(width, Math.floor(room))) };
}
