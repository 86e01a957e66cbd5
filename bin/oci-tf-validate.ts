#!/usr/bin/env node
import * as fs from 'fs';
import * as path from 'path';
import { displayPath, formatDiagnostic } from '../lib/validate/diagnostics';
import { TERRAFORM_BINARY_ENV } from '../lib/validate/terraform-cli';
import { validateStacks, ValidationResult } from '../lib/validate/validate-stack';

const USAGE = `Usage: oci-tf-validate [--verbose] <stack directory>...

Validates synthesized cdktf stacks, such as cdktf.out/stacks/<name>, with terraform validate
against the pinned OCI provider schema. Needs no network and no OCI provider binary.

Options:
  --verbose   log Terraform's steps and the stand-in provider's calls to stderr
  --help      print this help

Environment:
  ${TERRAFORM_BINARY_ENV}   terraform executable to run (default: terraform on PATH)

Exit codes:
  0    every stack is valid (warnings allowed)
  1    Terraform reported at least one error
  2    usage or setup error, such as terraform not found or no configuration in a directory
  130  interrupted (SIGINT), 143 terminated (SIGTERM)`;

const EXIT_VALID = 0;
const EXIT_INVALID = 1;
const EXIT_SETUP_ERROR = 2;
const SIGNAL_EXIT_CODES: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

async function main(args: string[]): Promise<number> {
  const verbose = args.includes('--verbose');
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_VALID;
  }

  const unknownOptions = args.filter((arg) => arg.startsWith('-') && arg !== '--verbose');
  const directories = args.filter((arg) => !arg.startsWith('-'));
  if (unknownOptions.length > 0 || directories.length === 0) {
    const problem = unknownOptions.length > 0 ? `unknown option ${unknownOptions.join(', ')}` : 'no stack directory given';
    process.stderr.write(`oci-tf-validate: ${problem}\n\n${USAGE}\n`);
    return EXIT_SETUP_ERROR;
  }

  // Stopping on a signal goes through the abort signal, so the stand-in provider and the
  // temporary directories are cleaned up like on any other exit.
  const controller = new AbortController();
  let signalExitCode: number | undefined;
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => {
    signalExitCode = SIGNAL_EXIT_CODES[signal];
    controller.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const results = await validateStacks(directories.map(resolveArgument), {
      signal: controller.signal,
      log: verbose ? (line) => process.stderr.write(`${line}\n`) : undefined,
      onResult: printResult,
    });
    return results.every((result) => result.valid) ? EXIT_VALID : EXIT_INVALID;
  } catch (error) {
    if (signalExitCode !== undefined) {
      process.stderr.write('oci-tf-validate: interrupted before every stack was validated\n');
      return signalExitCode;
    }
    process.stderr.write(`oci-tf-validate: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_SETUP_ERROR;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/**
 * Resolves a directory argument against the working directory. `npm run validate -- DIR` runs in
 * the package root, so a path that does not exist there is tried against INIT_CWD, the directory
 * npm was started in.
 */
function resolveArgument(argument: string): string {
  const resolved = path.resolve(argument);
  const initCwd = process.env.INIT_CWD;
  if (!fs.existsSync(resolved) && initCwd !== undefined && fs.existsSync(path.resolve(initCwd, argument))) {
    return path.resolve(initCwd, argument);
  }
  return resolved;
}

function printResult(result: ValidationResult): void {
  const cwd = process.cwd();
  for (const diagnostic of result.diagnostics) {
    process.stdout.write(`${formatDiagnostic(diagnostic, cwd)}\n\n`);
  }

  const name = displayPath(result.stackDirectory, cwd);
  const seconds = (result.durationMs / 1000).toFixed(1);
  const warnings = result.warningCount > 0 ? ` with ${plural(result.warningCount, 'warning')}` : '';
  if (result.valid) {
    process.stdout.write(`${name}: valid${warnings} (Terraform ${result.terraformVersion}, ${seconds} s)\n`);
  } else {
    process.stdout.write(`${name}: invalid, ${plural(result.errorCount, 'error')}${warnings} (Terraform ${result.terraformVersion}, ${seconds} s)\n\n`);
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

void main(process.argv.slice(2)).then((exitCode) => {
  process.exitCode = exitCode;
});
