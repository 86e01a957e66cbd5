import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as path from 'path';
import { editStack, removeSynthesizedStacks, synthNetworkStack } from './stacks';
import { testWithTerraform } from './terraform-available';

const PACKAGE_ROOT = path.join(__dirname, '..', '..');
const testTerraform = testWithTerraform('npm run validate');

afterAll(removeSynthesizedStacks);

/** Runs `npm run validate -- ...args` in the package root, as a user does. */
function npmRunValidate(args: string[], env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  return spawnSync('npm', ['run', '--silent', 'validate', '--', ...args], { cwd: PACKAGE_ROOT, env, encoding: 'utf8', timeout: 60_000 });
}

/** Runs the command's TypeScript entry point directly with ts-node, for environments without npm on PATH. */
function runEntryPoint(args: string[], env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  const tsNode = require.resolve('ts-node/dist/bin.js');
  return spawnSync(process.execPath, [tsNode, '--transpile-only', path.join(PACKAGE_ROOT, 'bin', 'oci-tf-validate.ts'), ...args], {
    cwd: PACKAGE_ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run validate', () => {
  testTerraform('removed required argument fails', () => {
    const stackDirectory = synthNetworkStack();
    editStack(stackDirectory, (config) => delete config.resource.oci_core_subnet.subnet.vcn_id);

    const run = npmRunValidate([stackDirectory]);

    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Error: Missing required argument\n  resource: oci_core_subnet.subnet\n');
    expect(run.stdout).toContain('  The argument "vcn_id" is required, but no definition was found.\n');
    expect(run.stdout).toContain(`${stackDirectory}: invalid, 1 error (Terraform `);
    expect(run.stderr).toBe('');
  });

  testTerraform('valid stack prints one line', () => {
    const stackDirectory = synthNetworkStack();

    const run = npmRunValidate([stackDirectory]);

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^${escapeRegExp(stackDirectory)}: valid \\(Terraform \\d+\\.\\d+\\.\\d+, \\d+\\.\\d s\\)\\n$`));
    expect(run.stderr).toBe('');
  });

  testTerraform('verbose logs go to stderr', () => {
    const stackDirectory = synthNetworkStack();

    const run = npmRunValidate(['--verbose', stackDirectory]);

    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/: valid \(Terraform /);
    expect(run.stderr).toContain('call ValidateResourceConfig\n  resource type oci_core_vcn\n');
    expect(run.stderr).toMatch(/stand-in provider registry\.terraform\.io\/oracle\/oci stopped\n/);
  });

  test('no stack directory is a usage error', () => {
    const run = runEntryPoint([], process.env);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('oci-tf-validate: no stack directory given\n\nUsage: oci-tf-validate [--verbose] <stack directory>...');
    expect(run.stdout).toBe('');
  });

  test('unknown option is a usage error', () => {
    const run = runEntryPoint(['--json', '.'], process.env);

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('oci-tf-validate: unknown option --json');
  });

  test('terraform missing from PATH', () => {
    const stackDirectory = synthNetworkStack();
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: '/nonexistent' };
    delete env.TERRAFORM_BINARY;

    const run = runEntryPoint([stackDirectory], env);

    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'oci-tf-validate: terraform was not found on PATH: install Terraform 1.9 or later, or set TERRAFORM_BINARY to the path of a terraform executable.\n',
    );
    expect(run.stdout).toBe('');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
