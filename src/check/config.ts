/**
 * The configuration of `thongbao check`: `.thongbaorc.json` (found from a file's folder upward, or
 * given with --config) and --rule flags. Validated with zod; an unknown rule id or key is an error.
 */
import { z } from '../zod.js';
import type { Rule } from './types.js';
import type { RuleSetting } from './engine.js';

/** The name looked for from a file's folder upward. */
export const CONFIG_NAME = '.thongbaorc.json';

const Level = z.enum(['off', 'warn', 'error']);
const Entry = z.union([Level, z.tuple([Level]), z.tuple([Level, z.record(z.string(), z.unknown())])]);

/** The shape of `.thongbaorc.json`. */
export const ConfigSchema = z.strictObject({
  standard: z.optional(z.enum(['auto', 'nd30', 'tt01'])),
  rules: z.optional(z.record(z.string(), Entry)),
});

/** A configuration after validation. */
export interface CheckConfig {
  standard?: 'auto' | 'nd30' | 'tt01';
  settings: Record<string, RuleSetting>;
}

/** A configuration that cannot be used: the message names the problem in one sentence. */
export class ConfigError extends Error {}

function toSetting(level: 'off' | 'warn' | 'error', options?: Record<string, unknown>): RuleSetting {
  const severity = level === 'warn' ? 'warning' : level;
  return options ? { severity, options } : { severity };
}

function issueText(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? issue.path.join('.') : 'top level';
  if (issue.code === 'unrecognized_keys') return `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')} at ${where}`;
  return `${where}: ${issue.message}`;
}

/**
 * Validates a parsed configuration object against the known rules.
 * @param value the JSON value
 * @param rules the known rules
 * @throws {ConfigError} on an unknown key, an unknown rule id, a bad level or bad options
 */
export function validateConfig(value: unknown, rules: readonly Rule[]): CheckConfig {
  const parsed = ConfigSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError(issueText(parsed.error.issues[0] as z.core.$ZodIssue));
  const settings: Record<string, RuleSetting> = {};
  for (const [id, entry] of Object.entries(parsed.data.rules ?? {})) {
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new ConfigError(`unknown rule "${id}"`);
    const [level, options] = typeof entry === 'string' ? [entry, undefined] : [entry[0], entry[1]];
    if (options !== undefined) {
      const schema = rule.options ?? z.strictObject({});
      const ok = schema.safeParse(options);
      if (!ok.success) throw new ConfigError(`options of "${id}": ${issueText(ok.error.issues[0] as z.core.$ZodIssue)}`);
    }
    settings[id] = toSetting(level, options);
  }
  const out: CheckConfig = { settings };
  if (parsed.data.standard) out.standard = parsed.data.standard;
  return out;
}

/**
 * Parses the text of a configuration file.
 * @param text the file's text
 * @param rules the known rules
 * @throws {ConfigError} on bad JSON or a bad configuration
 */
export function parseConfig(text: string, rules: readonly Rule[]): CheckConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`not valid JSON (${(err as Error).message})`);
  }
  return validateConfig(value, rules);
}

/**
 * Parses one `--rule id=level` flag.
 * @param flag e.g. "nd30/content-end=off"
 * @param rules the known rules
 * @throws {ConfigError} on a bad flag or an unknown rule
 */
export function parseRuleFlag(flag: string, rules: readonly Rule[]): [string, RuleSetting] {
  const m = /^(?<id>[^=\s]+)=(?<level>off|warn|error)$/.exec(flag.trim());
  if (!m?.groups) throw new ConfigError(`--rule expects <id>=off|warn|error, got "${flag}"`);
  const id = m.groups.id as string;
  if (!rules.some((r) => r.id === id)) throw new ConfigError(`unknown rule "${id}" in --rule`);
  return [id, toSetting(m.groups.level as 'off' | 'warn' | 'error')];
}
