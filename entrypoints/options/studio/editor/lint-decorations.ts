import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { countLength, lintText, platformTarget, type LintFinding, type LintRule, type PlatformTarget } from '../../../../content-kit';
import { docText } from './doc-text';

/** What the lint plugin knows of the document: findings with their document ranges, and the length. */
export interface LintState {
  target: PlatformTarget;
  findings: (LintFinding & { from: number; to: number })[];
  /** Length as the target counts it. */
  count: number;
  decorations: DecorationSet;
}

export interface LintDecorationsOptions {
  target: PlatformTarget;
  rules?: readonly LintRule[];
  locale: 'zh' | 'en';
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    lintDecorations: {
      /** Lints for another platform target (the item's platforms changed). */
      setLintTarget: (target: PlatformTarget) => ReturnType;
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
    return { target: platformTarget(undefined), rules: undefined, locale: 'zh' };
  },

  addCommands() {
    return {
      setLintTarget:
        (target) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(lintPluginKey, { target });
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const { rules, locale } = this.options;
    const compute = (doc: ProseMirrorNode, target: PlatformTarget): LintState => {
      const model = docText(doc);
      const findings = lintText(model.text, target, rules).map((finding) => ({
        ...finding,
        from: model.toPos(finding.start, 'start'),
        to: model.toPos(finding.end, 'end'),
      }));
      const decorations = DecorationSet.create(
        doc,
        findings
          .filter((f) => f.to > f.from)
          .map((f) =>
            Decoration.inline(f.from, f.to, {
              class: `ck-lint ck-lint-${f.severity}`,
              title: f.message[locale],
              'data-lint': f.ruleId,
            }),
          ),
      );
      return { target, findings, count: countLength(model.text, target.counting), decorations };
    };
    return [
      new Plugin<LintState>({
        key: lintPluginKey,
        state: {
          init: (_, state) => compute(state.doc, this.options.target),
          apply(tr, previous) {
            const meta = tr.getMeta(lintPluginKey) as { target?: PlatformTarget } | undefined;
            if (meta?.target) return compute(tr.doc, meta.target);
            return tr.docChanged ? compute(tr.doc, previous.target) : previous;
          },
        },
        props: {
          decorations: (state) => lintPluginKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
