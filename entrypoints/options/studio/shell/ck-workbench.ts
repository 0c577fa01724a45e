import { html, LitElement, nothing, svg, type TemplateResult } from 'lit';
import type { Tab } from './create-workbench';
import type { Disposable } from './emitter';
import { formatKeybinding } from './format-keybinding';
import type { StudioContext } from './studio-context';
import './ck-quick-pick';
import { t } from '../../../../components/i18n/t';
import { uiLocale } from '../../../../components/i18n/ui-locale';
import { workbenchStyles } from './workbench-styles';

const icon = (path: string | undefined): TemplateResult | typeof nothing =>
  path ? html`<svg viewBox="0 0 24 24" aria-hidden="true">${svg`<path d=${path}></path>`}</svg>` : nothing;

/**
 * The studio's window, VS Code's layout: activity bar, resizable side bar, editor tabs over the editor, a bottom
 * panel and the status bar, plus the quick pick and notifications. It renders whatever the registries hold; it
 * never knows which features exist.
 */
export class CkWorkbench extends LitElement {
  static override styles = workbenchStyles;

  static override properties = {
    studio: { attribute: false },
    dropBefore: { state: true },
  };

  declare studio: StudioContext | null;
  declare dropBefore: string | null;
  private readonly viewElements = new Map<string, HTMLElement>();
  private readonly panelElements = new Map<string, HTMLElement>();
  private subscriptions: Disposable[] = [];
  private draggedTab: string | null = null;

  constructor() {
    super();
    this.studio = null;
    this.dropBefore = null;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.subscribe();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    for (const dispose of this.subscriptions.splice(0)) dispose();
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('studio')) this.subscribe();
  }

  override render() {
    const studio = this.studio;
    if (!studio) return nothing;
    const layout = studio.workbench.layout();
    const views = studio.views.all();
    const activeView = layout.sidebarVisible ? views.find((v) => v.id === layout.activeView && !v.command) : undefined;
    return html`<div class="workbench" style=${`grid-template-columns: 48px ${activeView ? `${layout.sidebarWidth}px` : '0px'} 1fr`}>
      <nav data-ck="activity-bar" role="tablist" aria-orientation="vertical" aria-label=${t('studioActivityBar')}>
        ${views.filter((v) => !v.bottom).map((v) => this.renderActivity(v.id, v.title(), v.icon, v.badge?.(), v === activeView, v.command))}
        <div class="spacer"></div>
        ${views.filter((v) => v.bottom).map((v) => this.renderActivity(v.id, v.title(), v.icon, v.badge?.(), v === activeView, v.command))}
      </nav>
      <aside data-ck="side-bar" aria-label=${activeView?.title() ?? ''} ?hidden=${!activeView}>
        ${activeView
          ? html`<header>
                <span class="view-title">${activeView.title()}</span>
                <button class="icon-button" data-ck="collapse-side-bar" aria-label=${t('studioCollapseSideBar')} title=${this.withKey(t('studioCollapseSideBar'), 'studio.workbench.toggleSidebar')} @click=${() => studio.workbench.setLayout({ sidebarVisible: false })}>«</button>
              </header>
              <div class="view">${this.viewElement(activeView.id)}</div>
              <div class="sash vertical" @pointerdown=${this.onSidebarSash}></div>`
          : nothing}
      </aside>
      <main>
        ${this.renderTabs()}
        <div data-ck="editor" role="tabpanel" aria-label=${studio.workbench.active()?.title ?? t('studioWelcome')}>${studio.workbench.active()?.pane?.element ?? this.renderWelcome()}</div>
        ${layout.panelVisible ? this.renderPanel() : nothing}
      </main>
      ${this.renderStatusBar()}
      <ck-quick-pick .request=${studio.workbench.pickRequest()}></ck-quick-pick>
      <div class="notifications" aria-live="polite">${studio.workbench.notifications().map((n) => html`<div class="notification ${n.severity}" data-ck="notification" role=${n.severity === 'error' ? 'alert' : 'status'}>
          <span class="glyph" aria-hidden="true">${n.severity === 'error' ? '⨯' : n.severity === 'warning' ? '!' : 'i'}</span>
          <span class="message">${n.message}</span>
          <button class="dismiss" aria-label=${t('studioDismiss')} @click=${() => studio.workbench.dismiss(n.id)}>×</button>
          ${n.actions?.length
            ? html`<div class="actions">${n.actions.map(
                (a) => html`<button data-ck=${a.hook ?? nothing} @click=${() => {
                  studio.workbench.dismiss(n.id);
                  void a.run();
                }}>${a.title}</button>`,
              )}</div>`
            : nothing}
        </div>`)}</div>
    </div>`;
  }

  /** A tooltip naming a command's first key binding. */
  private withKey(title: string, command: string): string {
    const key = this.studio?.commands.keybindings(command)[0];
    return key ? `${title} (${formatKeybinding(key)})` : title;
  }

  private renderActivity(id: string, title: string, path: string, badge: number | undefined, active: boolean, command: string | undefined) {
    const studio = this.studio!;
    const keys = command ? studio.commands.keybindings(command) : [];
    return html`<button
      role="tab"
      data-view=${id}
      aria-selected=${active ? 'true' : 'false'}
      aria-label=${title}
      title=${keys[0] ? `${title} (${formatKeybinding(keys[0])})` : title}
      @click=${() => (command ? void studio.commands.execute(command).catch(() => undefined) : studio.workbench.toggleView(id))}
    >
      ${icon(path)}${badge ? html`<span class="badge">${badge > 99 ? '99+' : badge}</span>` : nothing}
    </button>`;
  }

  private renderTabs() {
    const studio = this.studio!;
    const active = studio.workbench.active();
    return html`<div data-ck="tabs" role="tablist" aria-label=${t('studioOpenEditors')} @dragover=${this.onTabsDragOver} @drop=${this.onTabsDrop}>
      ${studio.workbench.tabs().map((tab) => {
        const descriptor = studio.editors.get(tab.input.type);
        return html`<div
          class="editor-tab ${tab.pinned ? '' : 'preview'} ${tab.dirty ? 'dirty' : ''} ${this.dropBefore === tab.key ? 'drop-before' : ''}"
          role="tab"
          aria-keyshortcuts="Delete"
          tabindex=${tab === active ? '0' : '-1'}
          aria-selected=${tab === active ? 'true' : 'false'}
          data-tab-key=${tab.key}
          data-input-type=${tab.input.type}
          data-input-id=${tab.input.id}
          title=${tab.title}
          draggable="true"
          @click=${() => studio.workbench.activateTab(tab.key)}
          @dblclick=${() => studio.workbench.pinTab(tab.key)}
          @auxclick=${(e: MouseEvent) => e.button === 1 && void studio.workbench.closeEditor(tab.key)}
          @keydown=${(e: KeyboardEvent) => this.onTabKeydown(e, tab)}
          @dragstart=${(e: DragEvent) => this.onTabDragStart(e, tab)}
          @dragend=${() => (this.dropBefore = this.draggedTab = null)}
        >
          ${icon(descriptor?.icon)}
          <span class="title">${tab.title}</span>
          <span class="visually-hidden">${tab.dirty ? t('studioUnsaved') : ''}</span>
          <span class="close" aria-hidden="true" title=${t('studioCloseTab', tab.title)} @click=${(e: Event) => {
            // A pointer's shortcut only: a control inside a tab would be nested; keyboards close with Delete.
            e.stopPropagation();
            void studio.workbench.closeEditor(tab.key);
          }}></span>
        </div>`;
      })}
    </div>`;
  }

  private renderWelcome() {
    const studio = this.studio!;
    const locale = uiLocale();
    const bound = studio.commands.paletteCommands().filter((c) => c.keybinding);
    return html`<div class="welcome">
      <h1>${t('studioTitle')}</h1>
      <p>${t('studioWelcomeHint')}</p>
      <dl>
        ${bound.map(
          (c) => html`<dt><button @click=${() => void studio.commands.execute(c.id).catch(() => undefined)}>${c.title[locale]}</button></dt>
            <dd>${studio.commands.keybindings(c.id).slice(0, 1).map((k) => html`<kbd>${formatKeybinding(k)}</kbd>`)}</dd>`,
        )}
      </dl>
    </div>`;
  }

  private renderPanel() {
    const studio = this.studio!;
    const layout = studio.workbench.layout();
    const panels = studio.panels.all();
    const active = panels.find((p) => p.id === layout.activePanel) ?? panels[0];
    return html`<section class="panel" data-ck="panel" style=${`height: ${layout.panelHeight}px`} aria-label=${active?.title() ?? ''}>
      <div class="sash horizontal" @pointerdown=${this.onPanelSash}></div>
      <header>
        <div role="tablist" aria-label=${t('studioPanels')}>${panels.map((p) => {
          const badge = p.badge?.() ?? 0;
          return html`<button role="tab" data-panel=${p.id} aria-selected=${p === active ? 'true' : 'false'} @click=${() => studio.workbench.showPanel(p.id)}>
            ${p.title()}${badge ? html`<span class="count">${badge}</span>` : nothing}
          </button>`;
        })}</div>
        <span class="spacer"></span>
        <button class="icon-button" aria-label=${t('studioClosePanel')} title=${t('studioClosePanel')} @click=${() => studio.workbench.setLayout({ panelVisible: false })}>×</button>
      </header>
      <div class="body" role="tabpanel">${active ? this.panelElement(active.id) : nothing}</div>
    </section>`;
  }

  private renderStatusBar() {
    const studio = this.studio!;
    const entries = studio.status.entries().filter((e) => !e.state.hidden);
    const render = ({ entry, state }: (typeof entries)[number]) =>
      entry.command
        ? html`<button class="entry ${state.severity ?? ''}" data-status=${entry.id} title=${state.tooltip ?? ''} @click=${() => void studio.commands.execute(entry.command!).catch(() => undefined)}>${state.text}</button>`
        : html`<span class="entry ${state.severity ?? ''}" data-status=${entry.id} title=${state.tooltip ?? ''}>${state.text}</span>`;
    return html`<footer data-ck="status-bar" role="status" aria-live="polite">
      ${entries.filter((e) => e.entry.alignment === 'left').map(render)}
      <span class="spacer"></span>
      ${entries.filter((e) => e.entry.alignment === 'right').map(render)}
    </footer>`;
  }

  private viewElement(id: string): HTMLElement | typeof nothing {
    let element = this.viewElements.get(id);
    if (!element) {
      const created = this.studio?.views.get(id)?.create?.();
      if (!created) return nothing;
      element = created;
      this.viewElements.set(id, element);
    }
    return element;
  }

  private panelElement(id: string): HTMLElement {
    let element = this.panelElements.get(id);
    if (!element) {
      element = this.studio!.panels.get(id)!.create();
      this.panelElements.set(id, element);
    }
    return element;
  }

  private subscribe() {
    for (const dispose of this.subscriptions.splice(0)) dispose();
    const studio = this.studio;
    if (!studio || !this.isConnected) return;
    const refresh = () => this.requestUpdate();
    this.subscriptions = [
      studio.workbench.onDidChange(refresh),
      studio.views.onDidChange(refresh),
      studio.panels.onDidChange(refresh),
      studio.editors.onDidChange(refresh),
      studio.status.onDidChange(refresh),
      studio.commands.onDidChange(refresh),
      studio.data.onDidChange(refresh),
    ];
  }

  private onTabKeydown(event: KeyboardEvent, tab: Tab) {
    const studio = this.studio!;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      studio.workbench.activateTab(tab.key);
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      studio.workbench.cycleTab(event.key === 'ArrowRight' ? 1 : -1);
      void this.updateComplete.then(() => (this.renderRoot.querySelector('.editor-tab[aria-selected="true"]') as HTMLElement | null)?.focus());
    } else if (event.key === 'Delete') {
      void studio.workbench.closeEditor(tab.key);
    }
  }

  private onTabDragStart(event: DragEvent, tab: Tab) {
    this.draggedTab = tab.key;
    event.dataTransfer?.setData('text/plain', tab.title);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  private tabAt(event: DragEvent): string | null {
    const target = event.composedPath().find((n): n is HTMLElement => n instanceof HTMLElement && !!n.dataset.tabKey);
    return target?.dataset.tabKey ?? null;
  }

  private onTabsDragOver(event: DragEvent) {
    if (!this.draggedTab) return;
    event.preventDefault();
    this.dropBefore = this.tabAt(event);
  }

  private onTabsDrop(event: DragEvent) {
    const dragged = this.draggedTab;
    if (!dragged) return;
    event.preventDefault();
    const tabs = this.studio!.workbench.tabs();
    const before = this.tabAt(event);
    const from = tabs.findIndex((t) => t.key === dragged);
    let to = before ? tabs.findIndex((t) => t.key === before) : tabs.length;
    if (from < to) to--;
    this.studio!.workbench.moveTab(dragged, to);
    this.dropBefore = this.draggedTab = null;
  }

  private onSidebarSash(event: PointerEvent) {
    const workbench = this.studio!.workbench;
    const startX = event.clientX;
    const startWidth = workbench.layout().sidebarWidth;
    this.drag(event, (e) => workbench.setLayout({ sidebarWidth: Math.min(Math.max(startWidth + e.clientX - startX, 160), Math.max(240, window.innerWidth - 320)) }));
  }

  private onPanelSash(event: PointerEvent) {
    const workbench = this.studio!.workbench;
    const startY = event.clientY;
    const startHeight = workbench.layout().panelHeight;
    this.drag(event, (e) => workbench.setLayout({ panelHeight: Math.min(Math.max(startHeight - (e.clientY - startY), 80), window.innerHeight - 160) }));
  }

  private drag(event: PointerEvent, move: (e: PointerEvent) => void) {
    const sash = event.currentTarget as HTMLElement;
    event.preventDefault();
    sash.setPointerCapture(event.pointerId);
    sash.classList.add('active');
    const up = () => {
      sash.classList.remove('active');
      sash.removeEventListener('pointermove', move);
      sash.removeEventListener('pointerup', up);
    };
    sash.addEventListener('pointermove', move);
    sash.addEventListener('pointerup', up);
  }
}

if (!customElements.get('ck-workbench')) customElements.define('ck-workbench', CkWorkbench);

declare global {
  interface HTMLElementTagNameMap {
    'ck-workbench': CkWorkbench;
  }
}
