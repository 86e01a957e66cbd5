import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** Environment variable that names the Terraform executable to run in place of `terraform` on PATH. */
export const TERRAFORM_BINARY_ENV = 'TERRAFORM_BINARY';

/** Raised when no Terraform executable can be found, before anything is started. */
export class TerraformNotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TerraformNotFoundError';
  }
}

/**
 * Returns the path of the Terraform executable: the `TERRAFORM_BINARY` environment variable when it
 * is set, else the first `terraform` on PATH. Throws a {@link TerraformNotFoundError} when neither exists.
 */
export function findTerraform(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[TERRAFORM_BINARY_ENV];
  if (configured) {
    if (!isExecutableFile(configured)) {
      throw new TerraformNotFoundError(
        `${TERRAFORM_BINARY_ENV} is set to '${configured}', which is not an executable file: point it at a terraform executable or unset it to use terraform from PATH.`,
      );
    }
    return path.resolve(configured);
  }

  const names = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE').split(';').map((extension) => `terraform${extension.toLowerCase()}`) : ['terraform'];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter((entry) => entry !== '')) {
    for (const name of names) {
      const candidate = path.join(dir, name);
      if (isExecutableFile(candidate)) {
        return candidate;
      }
    }
  }
  throw new TerraformNotFoundError(
    `terraform was not found on PATH: install Terraform 1.9 or later, or set ${TERRAFORM_BINARY_ENV} to the path of a terraform executable.`,
  );
}

/** Returns the Terraform executable like {@link findTerraform}, or undefined when there is none. */
export function findTerraformOrUndefined(env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    return findTerraform(env);
  } catch (error) {
    if (error instanceof TerraformNotFoundError) {
      return undefined;
    }
    throw error;
  }
}

function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a Terraform CLI configuration that installs providers from an empty local mirror only, so
 * `terraform init` never reaches a registry and the provider attached through
 * `TF_REATTACH_PROVIDERS` is the only one available. Returns the path of the file.
 */
export function writeOfflineCliConfig(workDir: string): string {
  const emptyMirror = path.join(workDir, 'empty-provider-mirror');
  fs.mkdirSync(emptyMirror, { recursive: true });

  const configFile = path.join(workDir, 'terraform.rc');
  // JSON string quoting is valid HCL string quoting, including the backslashes of Windows paths.
  const config = [
    'disable_checkpoint = true',
    'provider_installation {',
    '  filesystem_mirror {',
    `    path = ${JSON.stringify(emptyMirror)}`,
    '  }',
    '}',
    '',
  ].join('\n');
  fs.writeFileSync(configFile, config);
  return configFile;
}

/** Variables that would add arguments to the commands run here or change where Terraform writes. */
const REMOVED_VARIABLES = ['TF_CLI_ARGS', 'TF_CLI_ARGS_init', 'TF_CLI_ARGS_validate', 'TF_PLUGIN_CACHE_DIR', 'TF_WORKSPACE'];

/**
 * Returns the environment for Terraform: the caller's variables without those that change its
 * arguments or plugin cache, plus offline settings, a data directory under `workDir` and the
 * stand-in provider to attach to.
 */
export function terraformEnvironment(base: NodeJS.ProcessEnv, workDir: string, cliConfigFile: string, reattachProviders: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const name of REMOVED_VARIABLES) {
    delete env[name];
  }
  return {
    ...env,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    TF_CLI_CONFIG_FILE: cliConfigFile,
    TF_DATA_DIR: path.join(workDir, 'terraform-data'),
    TF_REATTACH_PROVIDERS: reattachProviders,
  };
}

/** Exit code and output of one Terraform command. */
export interface TerraformRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runTerraform}. */
export interface RunTerraformOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Time after which the command is stopped, in milliseconds. */
  readonly timeoutMs: number;
  /** Stops the command when aborted. */
  readonly signal?: AbortSignal;
}

/** Runs Terraform with `args` and collects its output. Rejects when it cannot start, times out or is aborted. */
export function runTerraform(terraform: string, args: string[], options: RunTerraformOptions): Promise<TerraformRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(terraform, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.signal,
      timeout: options.timeoutMs,
      windowsHide: true,
    });

    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));

    child.on('error', (error) => reject(new Error(`terraform ${args[0]} failed to run (${terraform}): ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code === null) {
        const reason = signal === 'SIGTERM' && !options.signal?.aborted ? `timed out after ${options.timeoutMs} ms` : `was stopped by ${signal}`;
        reject(new Error(`terraform ${args[0]} ${reason}.`));
        return;
      }
      resolve({ exitCode: code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}
