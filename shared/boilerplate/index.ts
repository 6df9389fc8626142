export { DEFAULT_BOILERPLATE_RULES } from './rules';
export type { BoilerplateRule } from './rules';
export { validateRule, compileRules, findNestedQuantifier, MAX_PATTERN_LENGTH } from './validate';
export type { CompiledRule, RuleValidation } from './validate';
export { detectBoilerplate, classifyParagraph, classifyLines, matchLine } from './detect';
export type { BoilerplateMatch } from './detect';
