import { fillTemplate, prepareInsertion, resolveBlanks, type PlatformTarget, type TemplateVariable, type UsageRecord } from '../../content-kit';
import { t } from '../../components/i18n/t';
import { sendMessage } from '../../utils/messaging/send-message';
import type { Snapshot, SnapshotItem } from '../../utils/snapshot/snapshot-types';
import type { PageContext, SiteAdapter } from '../../sites/site-adapter';
import type { ActiveComposer, ComposerTracker } from './create-composer-tracker';
import type { createDraftLint } from './create-draft-lint';
import type { createSiteHealth } from './create-site-health';
import { copyText } from './copy-text';
import { rowsBlock } from './lint-rows';
import type { SidebarEventDetails } from './ui/sidebar-events';
import type { CkSidebar } from './ui/ck-sidebar';
import { siteName } from './ui/ck-site-status';

/** The composer in use, the platform target it writes for, and its text. */
export interface Place {
  composer: ActiveComposer | undefined;
  target: PlatformTarget;
  draft: string;
}

/** What delivery reads from the controller that owns the page's state. */
export interface DeliveryDeps {
  adapter: SiteAdapter;
  sidebar: CkSidebar;
  tracker: ComposerTracker;
  health: ReturnType<typeof createSiteHealth>;
  draftLint: ReturnType<typeof createDraftLint>;
  place(): Place;
  item(key: string): SnapshotItem | undefined;
  variablesOf(key: string, item: SnapshotItem): TemplateVariable[];
  snapshot(): Snapshot | undefined;
  usage(): Map<string, UsageRecord>;
  /** Reads the page's context afresh (another chat may have opened since the last refresh). */
  freshContext(): PageContext;
  /** An insertion went in: `draft` is the composer's text under its notice. */
  delivered(draft: string): void;
}

/**
 * Puts items into the page: insert into the composer (verified, else copied), copy, and the fill form for items
 * with blanks or with lint errors the user must see first.
 */
export function createItemDelivery(deps: DeliveryDeps) {
  const { adapter, sidebar, tracker, health, draftLint, place } = deps;

  async function copyNotice(kind: SnapshotItem['kind'], text: string) {
    const copied = await copyText(prepareInsertion(kind, text, place().target).text, sidebar.renderRoot);
    sidebar.notice = { tone: copied ? 'ok' : 'error', text: copied ? t('copied') : t('copyFailed') };
  }

  /** Types the text into the composer and verifies it, or copies it when there is none or the editor refused it. */
  async function deliver(kind: SnapshotItem['kind'], text: string, key?: string): Promise<boolean> {
    const { composer, target, draft } = place();
    const insertion = prepareInsertion(kind, text, target);
    const findings = draftLint.insertion(draft, insertion.text, target);
    if (!composer) {
      const copied = await copyText(insertion.text, sidebar.renderRoot);
      sidebar.findings = findings;
      sidebar.notice = { tone: copied ? 'warning' : 'error', text: copied ? t('copiedNoComposer') : t('copyFailed') };
      return false;
    }
    const block = (kind === 'story' || kind === 'script') && target.lineBreaks;
    const result = health.canInsert(composer) ? await health.insert(composer, { ...insertion, block }, tracker.caret()) : undefined;
    if (!result?.ok) {
      const copied = await copyText(insertion.text, sidebar.renderRoot);
      sidebar.notice = { tone: 'error', text: copied ? t('insertRefusedOn', siteName(adapter.id)) : t('copyFailed') };
      return false;
    }
    sidebar.findings = findings.filter((f) => f.severity !== 'info');
    sidebar.notice = { tone: sidebar.findings.length ? 'warning' : 'ok', text: t('inserted') };
    deps.delivered(composer.strategy.read(composer.element));
    if (key) {
      const usage = deps.usage();
      const was = usage.get(key);
      usage.set(key, { count: (was?.count ?? 0) + 1, lastUsed: Date.now() });
      void sendMessage('usage.record', { key }).catch(() => undefined);
    }
    return true;
  }

  function openFill(key: string, item: SnapshotItem, variables: TemplateVariable[]) {
    const { composer, target, draft } = place();
    const context = deps.freshContext();
    const snapshot = deps.snapshot();
    sidebar.fill = {
      key,
      kind: item.kind,
      title: item.title,
      body: item.body,
      variables,
      target,
      draft,
      canInsert: !!composer && health.canInsert(composer),
      resolved: resolveBlanks(variables, {
        profile: snapshot?.profile,
        page: { community: context.community, topic: context.topic },
        canvas: snapshot?.kits.find((k) => k.id === item.kitId)?.canvas,
      }),
      lintOptions: draftLint.options(),
      lintRules: draftLint.rules(),
    };
  }

  /** An error in the draft holds back insert and copy until the user ignores it once. */
  function draftHeld(): boolean {
    const { target, draft } = place();
    if (!rowsBlock(draftLint.rows(draft, target))) return false;
    sidebar.notice = { tone: 'error', text: t('lintBlocked') };
    return true;
  }

  async function insertItem(key: string) {
    const item = deps.item(key);
    if (!item || draftHeld()) return;
    const variables = deps.variablesOf(key, item);
    const text = fillTemplate(item, {}).text;
    const { target, draft } = place();
    const errors = draftLint.insertion(draft, prepareInsertion(item.kind, text, target).text, target).some((f) => f.severity === 'error');
    // Blanks to fill, or an error the user must see first: the form shows both before anything goes in.
    if (variables.length || errors) return openFill(key, item, variables);
    sidebar.fill = null;
    await deliver(item.kind, text, key);
  }

  async function copyItem(key: string) {
    const item = deps.item(key);
    if (!item || draftHeld()) return;
    const variables = deps.variablesOf(key, item);
    if (variables.length) return openFill(key, item, variables);
    await copyNotice(item.kind, fillTemplate(item, {}).text);
  }

  async function submitFill({ key, values, mode }: SidebarEventDetails['ck-fill-submit']) {
    const item = deps.item(key);
    if (!item) return;
    const filled = fillTemplate(item, values);
    if (filled.missing.length) return;
    // A refused insert keeps the form and what the user typed in it.
    if (mode === 'insert') {
      if (await deliver(item.kind, filled.text, key)) sidebar.fill = null;
      return;
    }
    sidebar.fill = null;
    await copyNotice(item.kind, filled.text);
  }

  return { deliver, draftHeld, insertItem, copyItem, submitFill };
}
