// The only public surface of the pure core. Nothing here touches the DOM, the browser or storage.
export * from './schema/kit-schema';
export { parseKit, kitTooLarge, MAX_KIT_BYTES, type ParseKitResult } from './schema/parse-kit';
export { kitFormatVersion } from './schema/kit-format-version';
export { codePointLength } from './schema/code-point-length';
export { formatPath } from './schema/format-path';
export { itemKey, parseItemKey } from './schema/item-key';
export { VOCABULARY_LABELS, vocabularyLabel, type Bilingual } from './schema/vocabulary-labels';
export { lowerBound } from './lower-bound';
export { isDateString, isTimeString, isDateTimeString, isTimeZone, ID_PATTERN, PLACEHOLDER_NAME_PATTERN, SEQUENCE_ID_PATTERN } from './schema/kit-formats';
export { findBlanks, type Blank } from './templates/find-blanks';
export { templateVariables, type TemplateVariable, type Template } from './templates/template-variables';
export { fillTemplate, type FilledTemplate } from './templates/fill-template';
export { resolveBlanks, type BlankSource, type BlankSources, type PageFacts, type ResolvedBlank } from './templates/resolve-blanks';
export { PLATFORM_TARGETS, type PlatformTarget, type TargetId, type HashtagForm } from './platforms/platform-targets';
export { platformTarget } from './platforms/platform-target';
export { countLength } from './platforms/count-length';
export { hashtag } from './platforms/hashtag';
export { prepareInsertion } from './platforms/prepare-insertion';
export { lintText, lintInsertion } from './lint/lint-text';
export { lintWithRules } from './lint/lint-engine';
export { lintInsertionWithRules } from './lint/lint-insertion';
export { applyLintFix } from './lint/apply-lint-fix';
export { BUILTIN_LINT_RULES } from './lint/builtin-lint-rules';
export type { LintRule, Severity, LocalizedText, LintCategory } from './lint/lint-rule';
export { LINT_CATEGORIES } from './lint/lint-rule';
export type { LintFinding } from './lint/lint-finding';
export type { LintOptions, LintWordList } from './lint/lint-options';
export { prepareLintOptions } from './lint/lint-word-lists';
export { summarizeFindings, type LintSummary } from './lint/summarize-findings';
export { createLiteralMatcher, type LiteralMatcher, type LiteralMatch } from './lint/literal-matcher';
export { createSuggesterWithLexicon, type SuggesterKit, type SuggesterOptions } from './suggest/create-suggester';
export { createSuggester, DOMAIN_LEXICON, type Concept } from './suggest/domain-lexicon';
export type * from './suggest/suggestion-types';
export { queryWords, searchText, matchesQuery } from './suggest/search-filter';
export { highlightTerms, createHighlighter } from './suggest/highlight-terms';
export { textSignature, nearlySame, groupNearDuplicates, type DuplicateGroup } from './suggest/near-duplicates';
export { exportKit } from './bundle/export-kit';
export {
  mergeKits,
  type MergeReport,
  type MergeConflict,
  type MergeSection,
  type MergeSectionName,
  type MergeSide,
  type MergeResolutions,
} from './bundle/merge-kits';
export { sameContent } from './bundle/same-content';
export { diffFields, type FieldChange } from './bundle/diff-fields';
export { planImport, type ImportPlan, type ImportPlanSection } from './bundle/plan-import';
export { compareSemver } from './bundle/compare-semver';
export { bumpVersion } from './bundle/bump-version';
export { markdownToPlainText } from './markdown/markdown-to-plain-text';
export { plainTextToHtml } from './markdown/plain-text-to-html';
export { escapeHtml } from './markdown/escape-html';
export { renderHandbook } from './markdown/render-handbook';
export { builtinKit, BUILTIN_KIT_ID } from './builtin/builtin-kit';
export * from './calendar/calendar-exports';
export {
  applySequence,
  sequenceEntries,
  sequenceEntryId,
  SequenceNotFoundError,
  type ApplySequenceResult,
  type ApplySequenceOptions,
} from './sequences/apply-sequence';
export { formatStepOffset, parseStepOffset } from './sequences/step-offset';
