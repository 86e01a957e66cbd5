import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { convertDiagnostic, TerraformJsonDiagnostic, ValidationDiagnostic } from './diagnostics';
import type { StandInProvider } from './stand-in-provider';
import { findTerraform, runTerraform, terraformEnvironment, writeOfflineCliConfig } from './terraform-cli';

export type { ValidationDiagnostic } from './diagnostics';

/** Oldest Terraform this works with: `terraform init -json` arrived in 1.9.0. Tested with 1.11.4. */
const MINIMUM_TERRAFORM_VERSION: readonly [number, number] = [1, 9];

/** Files and folders of a stack directory that are not copied: Terraform's working data, lock file and state. */
const SKIPPED_NAMES = [/^\.terraform$/, /^\.terraform\.lock\.hcl$/, /\.tfstate(\.backup)?$/];

/** Options of {@link validateStack}. */
export interface ValidateStackOptions {
  /** Terraform executable to run. @default - the `TERRAFORM_BINARY` environment variable, else `terraform` on PATH */
  readonly terraformBinary?: string;
  /** A running stand-in provider to attach Terraform to, so several stacks share one. @default - one started for this call and stopped before it returns */
  readonly provider?: StandInProvider;
  /** Environment Terraform runs with, before the offline settings are added. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Time each Terraform command may take, in milliseconds. @default 120000 */
  readonly timeoutMs?: number;
  /** Stops the running Terraform command and rejects when aborted. @default - no abort */
  readonly signal?: AbortSignal;
  /** Receives progress lines and the stand-in provider's call log. @default - no logging */
  readonly log?: (line: string) => void;
}

/** Outcome of {@link validateStack} for one stack directory. */
export interface ValidationResult {
  /** Absolute path of the stack directory that was validated. */
  readonly stackDirectory: string;
  /** True when Terraform reported no errors. Warnings do not count. */
  readonly valid: boolean;
  /** Number of diagnostics with severity `error`. */
  readonly errorCount: number;
  /** Number of diagnostics with severity `warning`. */
  readonly warningCount: number;
  /** Everything `terraform init` and `terraform validate` reported, in their order. */
  readonly diagnostics: ValidationDiagnostic[];
  /** Version of the Terraform that ran, such as `1.11.4`. */
  readonly terraformVersion: string;
  /** Wall-clock time of the whole validation, in milliseconds. */
  readonly durationMs: number;
}

/**
 * Validates a synthesized stack with `terraform validate` against the pinned OCI provider schema,
 * offline. The stack directory (such as `cdktf.out/stacks/<name>`) is copied to a temporary
 * directory, so no `.terraform` folder or lock file is left in it. Terraform installs no provider
 * and attaches to a schema-only stand-in for `oracle/oci`. The backend is not initialized.
 *
 * Resolves with the diagnostics, also when the stack is invalid. Rejects when the directory has no
 * Terraform configuration, Terraform is missing or too old, or a command fails without diagnostics.
 */
export async function validateStack(stackDirectory: string, options: ValidateStackOptions = {}): Promise<ValidationResult> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const baseEnv = options.env ?? process.env;
  const configDir = resolveConfigDirectory(stackDirectory);
  const terraform = options.terraformBinary ?? findTerraform(baseEnv);

  // Loaded here rather than at the top, so that requiring the library does not load gRPC.
  const ownProvider = options.provider === undefined ? await (await import('./stand-in-provider')).StandInProvider.start({ log }) : undefined;
  const provider = options.provider ?? ownProvider!;
  let workDir: string | undefined;
  try {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-tf-validate-'));
    const workingCopy = path.join(workDir, 'stack');
    fs.cpSync(configDir, workingCopy, { recursive: true, filter: (source) => !SKIPPED_NAMES.some((pattern) => pattern.test(path.basename(source))) });

    const env = terraformEnvironment(baseEnv, workDir, writeOfflineCliConfig(workDir), provider.reattachProviders);
    const run = (args: string[]) => runTerraform(terraform, args, { cwd: workingCopy, env, timeoutMs: options.timeoutMs ?? 120_000, signal: options.signal });

    const terraformVersion = parseVersion(await run(['version', '-json']), terraform);
    log(`validating ${configDir} with Terraform ${terraformVersion} (${terraform})`);

    const init = await run(['init', '-json', '-input=false', '-backend=false']);
    const diagnostics = parseInitDiagnostics(init.stdout, configDir, provider.providerAddress);
    if (init.exitCode !== 0) {
      if (!diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
        diagnostics.push({ severity: 'error', summary: 'terraform init failed', detail: (init.stderr || init.stdout).trim(), command: 'init' });
      }
      return summarize(configDir, diagnostics, terraformVersion, started);
    }

    const validate = await run(['validate', '-json', '-no-color']);
    diagnostics.push(...parseValidateDiagnostics(validate.stdout, validate.stderr, configDir));
    return summarize(configDir, diagnostics, terraformVersion, started);
  } finally {
    await ownProvider?.stop();
    if (workDir !== undefined) {
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  }
}

/** Options of {@link validateStacks}. */
export interface ValidateStacksOptions extends ValidateStackOptions {
  /** Receives each result as soon as its stack is validated. @default - results are only returned */
  readonly onResult?: (result: ValidationResult) => void;
}

/**
 * Validates several stack directories one after another with one stand-in provider, which is
 * stopped before the promise settles. Resolves with one result for each directory, in order.
 */
export async function validateStacks(stackDirectories: readonly string[], options: ValidateStacksOptions = {}): Promise<ValidationResult[]> {
  // Setup errors surface before anything starts.
  stackDirectories.forEach(resolveConfigDirectory);
  const terraformBinary = options.terraformBinary ?? findTerraform(options.env ?? process.env);

  const ownProvider = options.provider === undefined ? await (await import('./stand-in-provider')).StandInProvider.start({ log: options.log }) : undefined;
  try {
    const results: ValidationResult[] = [];
    for (const stackDirectory of stackDirectories) {
      const result = await validateStack(stackDirectory, { ...options, terraformBinary, provider: options.provider ?? ownProvider });
      options.onResult?.(result);
      results.push(result);
    }
    return results;
  } finally {
    await ownProvider?.stop();
  }
}

/** Returns the absolute directory of the configuration, accepting a stack directory or a file in it. */
function resolveConfigDirectory(stackDirectory: string): string {
  const resolved = path.resolve(stackDirectory);
  if (!fs.existsSync(resolved)) {
    throw new Error(`Stack directory ${resolved} not found: pass a directory that contains cdk.tf.json, such as cdktf.out/stacks/<stack name>.`);
  }

  const configDir = fs.statSync(resolved).isDirectory() ? resolved : path.dirname(resolved);
  const configFiles = fs.readdirSync(configDir).filter((name) => name.endsWith('.tf') || name.endsWith('.tf.json'));
  if (configFiles.length === 0) {
    const stacks = findStackDirectories(configDir);
    const hint = stacks.length > 0 ? `it holds these stacks, pass one or more of them: ${stacks.join(', ')}` : 'run cdktf synth first and pass cdktf.out/stacks/<stack name>';
    throw new Error(`No Terraform configuration (*.tf.json or *.tf) in ${configDir}: ${hint}.`);
  }
  return configDir;
}

/** Lists the stack directories of a cdktf output directory, or of the project directory that contains one. */
function findStackDirectories(dir: string): string[] {
  for (const stacksDir of [path.join(dir, 'stacks'), path.join(dir, 'cdktf.out', 'stacks')]) {
    if (fs.existsSync(stacksDir) && fs.statSync(stacksDir).isDirectory()) {
      return fs
        .readdirSync(stacksDir)
        .map((name) => path.join(stacksDir, name))
        .filter((stackDir) => fs.existsSync(path.join(stackDir, 'cdk.tf.json')));
    }
  }
  return [];
}

function parseVersion(run: { exitCode: number; stdout: string; stderr: string }, terraform: string): string {
  let version: string | undefined;
  try {
    version = (JSON.parse(run.stdout) as { terraform_version?: string }).terraform_version;
  } catch {
    version = undefined;
  }
  if (run.exitCode !== 0 || version === undefined) {
    throw new Error(`${terraform} version -json printed no version (exit code ${run.exitCode}): ${(run.stderr || run.stdout).trim()}`);
  }

  const [major, minor] = version.split('.').map((part) => parseInt(part, 10));
  const [minimumMajor, minimumMinor] = MINIMUM_TERRAFORM_VERSION;
  if (major < minimumMajor || (major === minimumMajor && minor < minimumMinor)) {
    throw new Error(`Terraform ${version} at ${terraform} is too old: validation needs Terraform ${minimumMajor}.${minimumMinor} or later for terraform init -json.`);
  }
  return version;
}

/**
 * Reads the diagnostics from the JSON lines of `terraform init -json`, skipping lines that are not JSON.
 * A failed provider installation gets a note: Terraform's own message names the empty mirror as the
 * only place it searched, which does not say why the provider is missing.
 */
function parseInitDiagnostics(stdout: string, configDir: string, standInAddress: string): ValidationDiagnostic[] {
  const diagnostics: ValidationDiagnostic[] = [];
  for (const line of stdout.split('\n')) {
    let message: { type?: string; diagnostic?: TerraformJsonDiagnostic };
    try {
      message = JSON.parse(line);
    } catch {
      continue;
    }
    if (message.type !== 'diagnostic' || message.diagnostic === undefined) {
      continue;
    }

    const diagnostic = convertDiagnostic(message.diagnostic, 'init', configDir);
    if (diagnostic.summary === 'Failed to query available provider packages') {
      const note = `Offline validation installs no providers: only ${standInAddress} is available, as a schema-only stand-in.`;
      diagnostics.push({ ...diagnostic, detail: `${diagnostic.detail}\n\n${note}` });
    } else {
      diagnostics.push(diagnostic);
    }
  }
  return diagnostics;
}

function parseValidateDiagnostics(stdout: string, stderr: string, configDir: string): ValidationDiagnostic[] {
  let output: { diagnostics?: TerraformJsonDiagnostic[] };
  try {
    output = JSON.parse(stdout);
  } catch {
    throw new Error(`terraform validate -json printed no JSON result: ${(stderr || stdout).trim()}`);
  }
  return (output.diagnostics ?? []).map((diagnostic) => convertDiagnostic(diagnostic, 'validate', configDir));
}

function summarize(stackDirectory: string, diagnostics: ValidationDiagnostic[], terraformVersion: string, started: number): ValidationResult {
  const errorCount = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return {
    stackDirectory,
    valid: errorCount === 0,
    errorCount,
    warningCount: diagnostics.length - errorCount,
    diagnostics,
    terraformVersion,
    durationMs: Date.now() - started,
  };
}
