/**
 * The checker's public surface: the engine, the rule API, configuration, the fixer and the
 * registered rules. Other layers import only from here.
 */
export { defaultAlignmentProvider } from './alignment-provider.js'
export { type AppliedEdits, applyEdits } from './apply-edits.js'
export { type CheckOptions, checkRelease, sortDiagnostics } from './check-release.js'
export {
  type Config,
  ConfigError,
  presetLevel,
  type ResolvedConfig,
  type RuleSetting,
  recommendedConfig,
  resolveConfig,
} from './config.js'
export { defineRule } from './define-rule.js'
export { exampleRelease, exampleSources } from './example-release.js'
export { type FixResult, fixSources } from './fix-sources.js'
export { formatMessage, ruleMessage } from './messages.js'
export type {
  AlignmentProvider,
  AnyRule,
  CauseDescriptor,
  ExampleFile,
  ExpectedMessage,
  InvalidExample,
  Locale,
  MessageCatalogue,
  ReportDescriptor,
  Rule,
  RuleContext,
  RuleExamples,
  RuleLevel,
  RuleOptions,
  RuleScope,
  SuggestionDescriptor,
  TermEntry,
  ValidExample,
  VisitInfo,
  Visitors,
} from './rule.js'
export { ruleDoc } from './rule-doc.js'
export {
  assertInvalid,
  describeDiagnostic,
  type ExtraCases,
  runExample,
  type TestApi,
  testRule,
} from './rule-tester.js'
export { rules } from './rules/index.js'
