// Which rules run: the project's .textlintrc* when it has one (exactly as `textlint` reads it),
// otherwise the copydesk preset with its defaults.
import fs from "node:fs";
import { isUtf8 } from "node:buffer";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { TextlintKernelDescriptor, TextlintKernelRule } from "@textlint/kernel";
import { CliError, firstLine } from "./errors.js";
import { displayPath } from "./files.js";

/** The names textlint's config loader (rc-config-loader) tries in each directory, in its order. */
const RC_NAMES = [".textlintrc", ".textlintrc.json", ".textlintrc.yaml", ".textlintrc.yml", ".textlintrc.js", ".textlintrc.cjs"];

/** Rule ids of the preset, as stock textlint names rules of `preset-copydesk`. */
export const RULE_PREFIX = "copydesk/";

/**
 * The config file that applies to `cwd`: searched from `cwd` upward, stopping at the git root
 * (the directory holding `.git`) or the filesystem root. A package.json `textlint` field counts,
 * as it does for textlint.
 */
export function findConfigFile(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of RC_NAMES) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
      try {
        if ((JSON.parse(fs.readFileSync(pkg, "utf8")) as { textlint?: unknown }).textlint) return pkg;
      } catch {
        // A broken package.json is not ours to report.
      }
    }
    const parent = path.dirname(dir);
    if (fs.existsSync(path.join(dir, ".git")) || parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Loads a module from where textlint's config loader finds it (`textlint` →
 * `@textlint/config-loader` → `rc-config-loader` → json5 / js-yaml), so a config file is parsed
 * by exactly the parsers textlint would use.
 */
async function importFromTextlint<T>(chain: string[]): Promise<T> {
  let require = createRequire(import.meta.url);
  let resolved = "";
  for (const specifier of chain) {
    resolved = require.resolve(specifier);
    require = createRequire(resolved);
  }
  const mod = (await import(pathToFileURL(resolved).href)) as { default?: T };
  return (mod.default ?? mod) as T;
}

const LOADER_CHAIN = ["textlint", "@textlint/config-loader", "rc-config-loader"];

interface ConfigLoader {
  loadConfig(options: { configFilePath?: string }): Promise<{ ok: true } | { ok: false; error: { message: string; errors: Error[] } }>;
}

const display = displayPath;

/**
 * Parses a config file as rc-config-loader would, and returns why it fails, or undefined when it
 * parses. Needed because textlint's loader swallows parse errors and runs with no rules.
 */
export async function configParseError(file: string): Promise<string | undefined> {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".js" || ext === ".cjs") return undefined; // code: textlint runs it, we cannot check it
  let text: string;
  try {
    const bytes = fs.readFileSync(file);
    if (!isUtf8(bytes)) return "textlint config files must be UTF-8";
    text = bytes.toString("utf8");
  } catch (error) {
    return firstLine(error);
  }
  if (path.basename(file) === "package.json") {
    try {
      JSON.parse(text);
      return undefined;
    } catch (error) {
      return firstLine(error);
    }
  }
  const parseJson5 = async () => {
    const json5 = await importFromTextlint<{ parse(text: string): unknown }>([...LOADER_CHAIN, "json5"]);
    json5.parse(text);
  };
  const parseYaml = async () => {
    const yaml = await importFromTextlint<{ load(text: string): unknown }>([...LOADER_CHAIN, "js-yaml"]);
    yaml.load(text);
  };
  const attempts = ext === ".json" ? [parseJson5] : ext === ".yaml" || ext === ".yml" ? [parseYaml] : [parseJson5, parseYaml];
  let first: unknown;
  for (const attempt of attempts) {
    try {
      await attempt();
      return undefined;
    } catch (error) {
      first ??= error;
    }
  }
  // "JSON5: invalid end of input at 1:10" / "unexpected end of the stream ... (2:1)".
  return firstLine(first).replace(/^JSON5: /, "");
}

interface Resolver {
  registerResolveHook(hook: (packageName: string) => { url: string } | undefined): void;
}

/** The directory whose node_modules rules are resolved from first (the config file's). */
let projectDir: string | undefined;
let hookRegistered = false;

/**
 * Resolves rules, presets and plugins from the project first, as `npx textlint` in the project
 * would, and only then from where copydesk is installed. Without this a global `copydesk` could
 * not load a rule the project installed (textlint's resolver looks beside itself only).
 */
async function resolveFromProject(dir: string): Promise<void> {
  projectDir = dir;
  if (hookRegistered) return;
  hookRegistered = true;
  const resolver = await importFromTextlint<Resolver>([...LOADER_CHAIN.slice(0, 2), "@textlint/resolver"]);
  resolver.registerResolveHook((packageName) => {
    if (!projectDir || path.isAbsolute(packageName) || packageName.startsWith(".")) return undefined;
    try {
      return { url: createRequire(path.join(projectDir, "noop.js")).resolve(packageName) };
    } catch {
      return undefined;
    }
  });
}

/**
 * Why a `.textlintrc.js`/`.cjs` fails to load, or undefined when it loads. textlint's loader turns
 * a config that throws into "no rules" and one with a syntax error into "config not found", so
 * the file is required once more here, in the failure path only, for the real error and its line.
 */
function jsConfigError(file: string): string | undefined {
  const require = createRequire(file);
  try {
    delete require.cache[file];
    require(file);
    return undefined;
  } catch (error) {
    const name = error instanceof Error ? error.name : "Error";
    const stack = error instanceof Error ? (error.stack ?? "") : "";
    // Node puts the location in the stack: "/p/.textlintrc.js:3" (syntax) or "(/p/.textlintrc.js:3:7)".
    const at = stack.indexOf(`${file}:`);
    const line = at === -1 ? undefined : /^\d+/.exec(stack.slice(at + file.length + 1))?.[0];
    const message = firstLine(error);
    return `${message.startsWith(name) ? "" : `${name}: `}${message}${line ? ` (line ${line})` : ""}`;
  }
}

async function loadProjectConfig(configFile: string, cwd: string): Promise<TextlintKernelDescriptor> {
  const shown = display(configFile, cwd);
  if (!fs.existsSync(configFile)) throw new CliError(`config file not found: ${shown}`, 2);
  const parseError = await configParseError(configFile);
  if (parseError) throw new CliError(`cannot parse ${shown}: ${parseError}`, 2);
  // A package.json is found by textlint's own upward search (its `textlint` field); any other
  // file is named explicitly.
  const configFilePath = path.basename(configFile) === "package.json" ? undefined : configFile;
  const { loadTextlintrc } = await import("textlint/lib/src/loader/TextlintrcLoader.js");
  await resolveFromProject(path.dirname(configFile));
  const isJs = [".js", ".cjs"].includes(path.extname(configFile).toLowerCase());
  let descriptor;
  try {
    descriptor = await loadTextlintrc({ configFilePath });
  } catch (error) {
    const jsError = isJs ? jsConfigError(configFile) : undefined;
    throw new CliError(`cannot load ${shown}: ${jsError ?? firstLine(error)}`, 2);
  }
  if (descriptor.rule.lintableDescriptors.length === 0) {
    const jsError = isJs ? jsConfigError(configFile) : undefined;
    if (jsError) throw new CliError(`cannot load ${shown}: ${jsError}`, 2);
    // Ask the loader why: a rule, preset or plugin that is not installed, or simply no rules.
    const loader = await importFromTextlint<ConfigLoader>(LOADER_CHAIN.slice(0, 2));
    const full = await loader.loadConfig({ configFilePath });
    const reason = full.ok
      ? "it enables no rules"
      : firstLine(full.error.errors[0] ?? full.error.message).replace(
          /^Failed to load textlint's (\w[\w-]*) module: "([^"]+)" is not found\.?/,
          (_, kind: string, name: string) => `cannot load ${kind} "${name}": not installed`
        );
    throw new CliError(`${shown}: ${reason}`, 2);
  }
  return descriptor;
}

async function loadPreset(): Promise<TextlintKernelDescriptor> {
  const [{ TextlintKernelDescriptor }, { copydeskPlugins }, preset] = await Promise.all([
    import("../vendor/kernel.js"),
    import("../formats/plugins.js"),
    import("../../rules/index.js")
  ]);
  const rules: TextlintKernelRule[] = preset.presetKernelRules();
  // textlint's text and Markdown plugins, HTML (textlint-plugin-html) and Word (.docx).
  return new TextlintKernelDescriptor({ rules, filterRules: [], plugins: copydeskPlugins });
}

export interface LoadedConfig {
  descriptor: TextlintKernelDescriptor;
  /** The config file used, or undefined for the built-in preset. */
  configFile?: string;
}

export interface CommonRuleOptions {
  lang?: string;
  locale?: string;
}

/** Adds `lang`/`locale` to the options of every enabled copydesk rule. */
function withCommonOptions(descriptor: TextlintKernelDescriptor, common: CommonRuleOptions): TextlintKernelDescriptor {
  const extra = Object.fromEntries(Object.entries(common).filter(([, v]) => v !== undefined));
  if (Object.keys(extra).length === 0) return descriptor;
  const rules = descriptor.rule.toKernelRulesFormat().map((r) => {
    if (!r.ruleId.startsWith(RULE_PREFIX) || r.options === false) return r;
    const base = typeof r.options === "object" && r.options !== null ? r.options : {};
    return { ...r, options: { ...base, ...extra } };
  });
  return descriptor.shallowMerge({ rules });
}

export async function loadRuleConfig(options: { config?: string; cwd: string } & CommonRuleOptions): Promise<LoadedConfig> {
  const configFile = options.config ? path.resolve(options.cwd, options.config) : findConfigFile(options.cwd);
  const descriptor = configFile ? await loadProjectConfig(configFile, options.cwd) : await loadPreset();
  return { descriptor: withCommonOptions(descriptor, { lang: options.lang, locale: options.locale }), configFile };
}
