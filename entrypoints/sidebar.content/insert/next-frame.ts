/** Lets the editor see the restored selection (selectionchange is delivered asynchronously). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 16));
}
