// Workspace configuration for the language server: finds the `.textlintrc*` that governs a
// document, reads it with textlint's own reader (so JSON5 comments work as in the CLI) and builds
// a kernel descriptor: the copydesk preset from this package, with the options the config gives
// under `preset-copydesk`, plus whatever other rules, filters and plugins the config loads.
//
// Unlike `loadTextlintrc()`, which silently falls back to zero rules on any failure, every problem
// here is returned as text so the server can show it, and copydesk's own rules keep running.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { TextlintKernelDescriptor, type TextlintKernelRule } from "@textlint/kernel";
import type * as ConfigLoader from "@textlint/config-loader";
import { copydeskPlugins, withCopydeskPlugins } from "../formats/plugins.js";
import { presetKernelRules, RULE_PREFIX } from "../../rules/index.js";
import { configParseError } from "../cli/config.js";

export { RULE_PREFIX };

/** Config file names textlint looks for, in its order of preference. */
export const CONFIG_NAMES = [".textlintrc", ".textlintrc.json", ".textlintrc.yaml", ".textlintrc.yml", ".textlintrc.js", ".textlintrc.cjs"];

/** Keys under which a `.textlintrc` may name this preset. */
const PRESET_KEYS = ["preset-copydesk", "textlint-rule-preset-copydesk"];

/** textlint's text and Markdown plugins and textlint-plugin-html (formats/plugins.ts). */
const builtinPlugins = copydeskPlugins;

/** textlint's own config loader, resolved from where `textlint` resolves it (not a direct dependency). */
let configLoader: Promise<typeof ConfigLoader> | undefined;
function loadConfigLoader(): Promise<typeof ConfigLoader> {
  if (!configLoader) {
    const fromHere = createRequire(import.meta.url);
    const fromTextlint = createRequire(fromHere.resolve("textlint"));
    configLoader = import(pathToFileURL(fromTextlint.resolve("@textlint/config-loader")).href) as Promise<typeof ConfigLoader>;
  }
  return configLoader;
}

export interface LoadedConfig {
  /** Absolute path of the config file, or undefined when none was found (defaults apply). */
  configPath?: string;
  descriptor: TextlintKernelDescriptor;
  /** Human-readable problems (broken JSON, a package that will not load); empty when all is well. */
  problems: string[];
  /** Whether the textlint comments filter is active, so `<!-- textlint-disable -->` works. */
  commentsFilter: boolean;
}

/**
 * The nearest config file at or above `dir`, not climbing past `stopAt` when it is given (the
 * workspace folder) nor past a git root (as the CLI), or undefined.
 */
export function findConfigFile(dir: string, stopAt?: string): string | undefined {
  let current = path.resolve(dir);
  const stop = stopAt ? path.resolve(stopAt) : undefined;
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(current, name);
      try {
        if (fs.statSync(candidate).isFile()) return candidate;
      } catch {
        // not there: keep looking
      }
    }
    const parent = path.dirname(current);
    if (parent === current || current === stop || fs.existsSync(path.join(current, ".git"))) return undefined;
    current = parent;
  }
}

/** The descriptor with copydesk's defaults and no config file. */
export function defaultConfig(problems: string[] = []): LoadedConfig {
  return {
    descriptor: new TextlintKernelDescriptor({ rules: presetKernelRules(true), filterRules: [], plugins: builtinPlugins }),
    problems,
    commentsFilter: false
  };
}

function describeErrors(error: { message: string; errors: Error[] }): string {
  const details = error.errors.map((e) => e.message.split("\n")[0]).filter(Boolean);
  return details.length > 0 ? details.join("; ") : error.message;
}

/**
 * Loads `configPath` (or the defaults when undefined). Never throws: problems are returned, and
 * the copydesk rules run with their defaults when the file itself cannot be read.
 */
export async function loadConfig(configPath: string | undefined): Promise<LoadedConfig> {
  if (!configPath) return defaultConfig();
  const name = path.basename(configPath);
  const { loadRawConfig, loadPackagesFromRawConfig } = await loadConfigLoader();
  const raw = await loadRawConfig({ configFilePath: configPath });
  if (!raw.ok) {
    // rc-config-loader says "config is not found" for a file that is there but does not parse;
    // say what the CLI says instead (`invalid end of input at 2:1`).
    const why = (await configParseError(configPath)) ?? describeErrors(raw.error);
    return { ...defaultConfig([`${name} cannot be read (${why}); copydesk uses its default rules until it is fixed.`]), configPath };
  }
  // Caught mid-save (emptied) or not a config object (`[]`, `5`): textlint would run no rules at
  // all; the CLI calls both errors. Keep copydesk's defaults and say so, as for broken JSON.
  const empty = await fs.promises.readFile(configPath, "utf8").then(
    (text) => text.trim() === "",
    () => false
  );
  if (empty || (raw.rawConfig !== undefined && (typeof raw.rawConfig !== "object" || raw.rawConfig === null || Array.isArray(raw.rawConfig)))) {
    const why = empty ? "is empty" : "is not a textlint config object";
    return { ...defaultConfig([`${name} ${why}; copydesk uses its default rules until it is fixed.`]), configPath };
  }
  const rawConfig = (raw.rawConfig ?? {}) as Record<string, any>;
  const ruleEntries = rawConfig.rules && typeof rawConfig.rules === "object" ? { ...rawConfig.rules } : {};
  // As with `textlint` and the CLI, a config file decides: copydesk's rules run when it names
  // the preset (with per-rule options or `false` to switch one off).
  let presetValue: unknown = false;
  for (const key of PRESET_KEYS) {
    if (key in ruleEntries) {
      presetValue = ruleEntries[key];
      delete ruleEntries[key];
    }
  }
  const problems: string[] = [];
  const ours = presetKernelRules(presetValue);
  let extra = { rules: [] as TextlintKernelRule[], filterRules: [] as any[], plugins: [] as any[] };
  const others = { ...rawConfig, rules: ruleEntries };
  const hasOthers =
    Object.keys(ruleEntries).length > 0 || Object.keys(rawConfig.filters ?? {}).length > 0 || Object.keys(rawConfig.plugins ?? {}).length > 0;
  if (hasOthers) {
    const nodeModules = path.join(path.dirname(configPath), "node_modules");
    const loaded = await loadPackagesFromRawConfig({
      rawConfig: others,
      node_moduleDir: fs.existsSync(nodeModules) ? nodeModules : undefined
    });
    if (loaded.ok) {
      extra = { rules: loaded.config.rules, filterRules: loaded.config.filterRules, plugins: loaded.config.plugins };
    } else {
      problems.push(`${name}: other rules, filters or plugins did not load (${describeErrors(loaded.error)}); copydesk's own rules still run.`);
    }
  }
  const descriptor = new TextlintKernelDescriptor({
    rules: [...ours, ...extra.rules.filter((r) => !r.ruleId.startsWith(RULE_PREFIX))],
    filterRules: extra.filterRules,
    plugins: withCopydeskPlugins(extra.plugins),
    configBaseDir: path.dirname(configPath)
  });
  const commentsFilter = extra.filterRules.some((f: { ruleId: string }) => f.ruleId === "comments");
  return { configPath, descriptor, problems, commentsFilter };
}
