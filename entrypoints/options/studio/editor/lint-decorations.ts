import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { countLength, lintText, platformTarget, prepareLintOptions, type LintFinding, type LintOptions, type LintRule, type PlatformTarget } from '../../../../content-kit';
import { ignoreKey } from '../../../../utils/lint/lint-settings';
import { docText } from './doc-text';

/** What the lint plugin knows of the document: findings with their document ranges, and the length. */
export interface LintState {
  target: PlatformTarget;
  /** The user's and the kits' lint settings in force. */
  options: LintOptions;
  /** Findings ignored once in this editor session, by their ignore key. */
  ignored: ReadonlySet<string>;
  /** Each finding with its document range, the words it found and its ignore key; ignored ones left out. */
  findings: (LintFinding & { from: number; to: number; quote: string; key: string })[];
  /** Length as the target counts it. */
  count: number;
  decorations: DecorationSet;
}

export interface LintDecorationsOptions {
  target: PlatformTarget;
  rules?: readonly LintRule[];
  /** The user's allow-list and the enabled kits' lint settings. */
  lintOptions?: LintOptions;
  locale: 'zh' | 'en';
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    lintDecorations: {
      /** Lints for another platform target (the item's platforms changed). */
      setLintTarget: (target: PlatformTarget) => ReturnType;
      /** Lints with other settings (the allow-list or an enabled kit's lint changed). */
      setLintOptions: (options: LintOptions) => ReturnType;
      /** "Ignore once": leaves findings with this ignore key out for the rest of the editor session. */
      ignoreLintOnce: (key: string) => ReturnType;
    };
  }
}

export const lintPluginKey = new PluginKey<LintState>('ckLint');

/** The lint state of an editor state (undefined when the extension is not installed). */
export const lintStateOf = (state: EditorState): LintState | undefined => lintPluginKey.getState(state);

/**
 * content-kit's lintText and countLength for the item's platform target, run on the document's text after every
 * change and drawn as inline decorations (a wavy underline with the message as its tooltip).
 */
export const LintDecorations = Extension.create<LintDecorationsOptions>({
  name: 'lintDecorations',

  addOptions() {
    return { target: platformTarget(undefined), rules: undefined, lintOptions: undefined, locale: 'zh' };
  },

  addCommands() {
    return {
      setLintTarget:
        (target) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(lintPluginKey, { target });
          return true;
        },
      setLintOptions:
        (options) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(lintPluginKey, { options });
          return true;
        },
      ignoreLintOnce:
        (key) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(lintPluginKey, { ignore: key });
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const { rules, locale } = this.options;
    const compute = (doc: ProseMirrorNode, target: PlatformTarget, options: LintOptions, ignored: ReadonlySet<string>): LintState => {
      const model = docText(doc);
      const findings = lintText(model.text, target, rules, options)
        .map((finding) => ({
          ...finding,
          from: model.toPos(finding.start, 'start'),
          to: model.toPos(finding.end, 'end'),
          quote: model.text.slice(finding.start, finding.end),
          key: ignoreKey(model.text, finding),
        }))
        .filter((finding) => !ignored.has(finding.key));
      const decorations = DecorationSet.create(
        doc,
        findings
          .filter((f) => f.to > f.from)
          .map((f) =>
            Decoration.inline(f.from, f.to, {
              class: `ck-lint ck-lint-${f.severity}`,
              title: f.law && !f.message[locale].includes(f.law[locale]) ? `${f.message[locale]}\n${f.law[locale]}` : f.message[locale],
              'data-lint': f.ruleId,
            }),
          ),
      );
      return { target, options, ignored, findings, count: countLength(model.text, target.counting), decorations };
    };
    const initialOptions = this.options.lintOptions ?? {};
    prepareLintOptions(initialOptions);
    return [
      new Plugin<LintState>({
        key: lintPluginKey,
        state: {
          init: (_, state) => compute(state.doc, this.options.target, initialOptions, new Set()),
          apply(tr, previous) {
            const meta = tr.getMeta(lintPluginKey) as { target?: PlatformTarget; options?: LintOptions; ignore?: string } | undefined;
            if (meta) {
              if (meta.options) prepareLintOptions(meta.options);
              const ignored = meta.ignore ? new Set([...previous.ignored, meta.ignore]) : previous.ignored;
              return compute(tr.doc, meta.target ?? previous.target, meta.options ?? previous.options, ignored);
            }
            return tr.docChanged ? compute(tr.doc, previous.target, previous.options, previous.ignored) : previous;
          },
        },
        props: {
          decorations: (state) => lintPluginKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
