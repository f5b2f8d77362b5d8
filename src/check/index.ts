/** `thongbao check` as a library: the engine, the rules and the configuration. */
export { checkText, fixText, applyFixes } from './engine.js';
export type { CheckOptions, CheckResult, FixResult, RuleSetting } from './engine.js';
export { defineRule } from './types.js';
export type { Diagnostic, Fix, Rule, RuleContext, Severity, Standard, Report } from './types.js';
export { parseConfig, validateConfig, parseRuleFlag, ConfigError, CONFIG_NAME } from './config.js';
export type { CheckConfig } from './config.js';
export { RULES, ruleById } from '../rules/index.js';
