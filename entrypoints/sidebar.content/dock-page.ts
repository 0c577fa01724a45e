/** How the panel shares the window with the page: beside it (the page reflows) or over it. */
export type SidebarLayout = 'dock' | 'overlay';

/** Below this the panel is too narrow to dock; the page keeps its width and the panel overlays it instead. */
const MIN_DOCK_WIDTH = 260;
/** Layout boxes looked at to see whether the page reflowed into the room left to it. */
const MAX_BOXES = 400;
const TAB = { width: 26, height: 112 };
/** Where the closed tab may sit, as fractions of the window's height, best first. */
const TAB_SPOTS = [0.4, 0.55, 0.7, 0.25, 0.85, 0.12];

const intersects = (a: DOMRectReadOnly, b: { left: number; top: number; right: number; bottom: number }) =>
  a.width > 0 && a.height > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Makes room for the panel by a margin on the page's root, so the page's content reflows beside it, and undoes it.
 * Docking is kept only where the page's layout allows it: when a box of the page still reaches under the panel
 * (a fixed-width layout wider than what is left), the panel narrows to fit or, below a usable width, does not dock.
 */
export function createPageDock(doc: Document, host: HTMLElement) {
  const root = doc.documentElement;
  let saved: { property: string; value: string; priority: string } | undefined;

  const release = () => {
    if (!saved) return;
    if (saved.value) root.style.setProperty(saved.property, saved.value, saved.priority);
    else root.style.removeProperty(saved.property);
    saved = undefined;
  };

  const apply = (side: 'left' | 'right', width: number) => {
    release();
    const property = `margin-${side}`;
    saved = { property, value: root.style.getPropertyValue(property), priority: root.style.getPropertyPriority(property) };
    root.style.setProperty(property, `${width}px`, 'important');
  };

  /** How far the page's in-flow boxes reach into the panel's band (0 when they all fit beside it). */
  const overflow = (side: 'left' | 'right', width: number): number => {
    const view = root.clientWidth;
    const [free0, free1] = side === 'right' ? [0, view - width] : [width, view];
    let worst = 0;
    let seen = 0;
    const walk = (parent: Element, depth: number) => {
      for (const el of parent.children) {
        if (++seen > MAX_BOXES || el === host) continue;
        const style = doc.defaultView?.getComputedStyle(el);
        if (!style || style.position === 'fixed' || style.display === 'none' || style.visibility === 'hidden') continue;
        const box = el.getBoundingClientRect();
        // A box wholly outside the window is hidden on purpose (an off-screen helper), not a layout that overflows.
        if (box.width > 0 && box.height > 0 && box.right > 0 && box.left < view) worst = Math.max(worst, box.right - free1, free0 - box.left);
        if (depth < 3) walk(el, depth + 1);
      }
    };
    if (doc.body) walk(doc.body, 1);
    return Math.ceil(worst);
  };

  return {
    /**
     * Places the panel: docked beside the page when `layout` asks for it and the page reflows, else over it.
     * Returns the layout it got and the width the panel may take.
     */
    place(layout: SidebarLayout, side: 'left' | 'right', width: number): { layout: SidebarLayout; width: number } {
      if (layout === 'dock') {
        apply(side, width);
        const excess = overflow(side, width);
        if (excess <= 0) return { layout: 'dock', width };
        const narrower = width - excess;
        if (narrower >= MIN_DOCK_WIDTH) {
          apply(side, narrower);
          if (overflow(side, narrower) <= 0) return { layout: 'dock', width: narrower };
        }
      }
      release();
      return { layout: 'overlay', width };
    },
    /** Gives the page its whole width back. */
    release,
    /**
     * A top (px) for the closed tab on the window's `side` edge where it covers neither the given boxes (the
     * composer and its surroundings) nor any of the page's content: only the page's background behind it.
     */
    tabTop(side: 'left' | 'right', avoid: readonly DOMRectReadOnly[]): number {
      const view = { width: root.clientWidth, height: doc.defaultView?.innerHeight ?? root.clientHeight };
      const left = side === 'right' ? view.width - TAB.width : 0;
      const spots = TAB_SPOTS.map((f) => Math.round(Math.min(view.height - TAB.height, Math.max(0, f * view.height - TAB.height / 2))));
      const clearOf = (top: number) => !avoid.some((r) => intersects(r, { left, top, right: left + TAB.width, bottom: top + TAB.height }));
      const bare = (top: number) =>
        [top + 2, top + TAB.height / 2, top + TAB.height - 2].every((y) =>
          [left + 2, left + TAB.width - 2].every((x) => {
            const under = doc.elementsFromPoint(x, y).find((el) => el !== host && !host.contains(el));
            return !under || under === root || under === doc.body;
          }),
        );
      return spots.find((top) => clearOf(top) && bare(top)) ?? spots.find(clearOf) ?? spots[0]!;
    },
  };
}
