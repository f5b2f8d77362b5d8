/**
 * One input of `thongbao check`: the configuration that applies to it (the nearest .thongbaorc.json, or
 * `--config`, under the `--rule` flags), then the rules. Synchronous and free of the terminal, so that it runs
 * alike on the main thread and on the worker threads of a batch.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_NAME, ConfigError, parseConfig, type CheckConfig } from '../check/config.js';
import { checkText, type CheckOptions, type RuleSetting } from '../check/engine.js';
import type { FileResult, Standard } from '../check/types.js';
import { RULES } from '../rules/index.js';
import { decodeBuffer } from '../text/decode.js';

/** What `check` asks of every input: plain data, sent with the batch to worker threads. */
export interface CheckJob {
  /** The date an issue date may not be after (YYYY-MM-DD). */
  asOf: string;
  /** `--standard`, when given: it wins over the configuration's. */
  standard?: Standard | 'auto';
  /** The `--rule` flags, which win over the configuration. */
  flagSettings: Record<string, RuleSetting>;
  /** The `--config` file, read once; null to look for .thongbaorc.json from each input's folder upward. */
  fixedConfig: CheckConfig | null;
  /** `--encoding`, when given. */
  encoding?: string;
}

/** Configurations found, by folder (null: none up to the root), so that a folder is looked at once. */
export type ConfigCache = Map<string, CheckConfig | null>;

/**
 * The configuration for a folder: the nearest .thongbaorc.json from it upward, or null.
 * @param dir the folder of an input
 * @param cache folders already looked at
 * @throws ConfigError when the file found is not a valid configuration
 */
export function configFor(dir: string, cache: ConfigCache): CheckConfig | null {
  const chain: string[] = [];
  let d = resolve(dir);
  let found: CheckConfig | null | undefined;
  for (;;) {
    if (cache.has(d)) {
      found = cache.get(d) ?? null;
      break;
    }
    chain.push(d);
    const file = join(d, CONFIG_NAME);
    let text: string | null = null;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = null;
    }
    if (text !== null) {
      try {
        found = parseConfig(text, RULES);
      } catch (err) {
        throw new ConfigError(`${file}: ${(err as Error).message}`);
      }
      break;
    }
    const up = dirname(d);
    if (up === d) {
      found = null;
      break;
    }
    d = up;
  }
  for (const c of chain) cache.set(c, found ?? null);
  return found ?? null;
}

/**
 * The options the rules run with on one input: its configuration under the flags.
 * @param path the input ("-" for stdin, configured from the working folder)
 * @param job the command's options
 * @param cache folders already looked at
 * @throws ConfigError when the configuration that applies is not valid
 */
export function checkOptionsFor(path: string, job: CheckJob, cache: ConfigCache): CheckOptions {
  const config = job.fixedConfig ?? configFor(path === '-' ? process.cwd() : dirname(path), cache);
  return {
    rules: RULES,
    settings: { ...(config?.settings ?? {}), ...job.flagSettings },
    standard: job.standard ?? config?.standard ?? 'auto',
    asOf: job.asOf,
  };
}

/**
 * Checks one input's bytes.
 * @param path the input, as given
 * @param bytes its content
 * @param job the command's options
 * @param cache folders already looked at
 * @throws ConfigError when the configuration that applies is not valid
 */
export function checkInput(path: string, bytes: Uint8Array, job: CheckJob, cache: ConfigCache): FileResult {
  const options = checkOptionsFor(path, job, cache);
  const decoded = decodeBuffer(bytes, job.encoding !== undefined ? { encoding: job.encoding } : {});
  const r = checkText(decoded.text, options);
  return { path, diagnostics: r.diagnostics, standard: r.standard, party: r.party };
}
