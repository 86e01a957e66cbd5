/**
 * Synthesis must give the same Terraform JSON every time, so that a pipeline's plan shows only real
 * changes: byte-identical output from fresh processes, and stable addresses when unrelated constructs
 * are added. Each app is synthesized in child processes, which run in parallel.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..');
const CHILD = path.join(__dirname, 'determinism', 'synth-child.ts');
const FIXTURE_APP = path.join(__dirname, 'determinism', 'fixture-app.ts');

interface SynthRun {
  /** The app module that exports `build(app)`. */
  readonly appModule: string;
  /** Working directory of the child process. */
  readonly cwd: string;
  /** Extra environment variables of the child process. */
  readonly env?: Record<string, string>;
  /** Output folder of the extended app, which the same child synthesizes after the plain one. */
  readonly extendedOutdir?: string;
}

/** Apps under examples/<name>/main.ts, each exporting `build(app)`, plus this test's own app. */
function appModules(): string[] {
  const examples = path.join(root, 'examples');
  const found = fs.existsSync(examples)
    ? fs
        .readdirSync(examples, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(examples, entry.name, 'main.ts')))
        .map((entry) => path.join(examples, entry.name, 'main.ts'))
        .sort()
    : [];
  return [FIXTURE_APP, ...found];
}

/** Synthesizes one app, and optionally its extended variant, in a child process. */
function synthesize(run: SynthRun, outdir: string): Promise<string> {
  const args = ['-r', require.resolve('ts-node/register/transpile-only'), CHILD, run.appModule, outdir, ...(run.extendedOutdir ? [run.extendedOutdir] : [])];
  const env = { ...process.env, TS_NODE_PROJECT: path.join(root, 'tsconfig.json'), ...run.env };

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: run.cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(outdir) : reject(new Error(`Synthesizing ${run.appModule} failed with exit code ${code}:\n${stderr}`))));
  });
}

/** Reads every stack's cdk.tf.json of an output folder, keyed by stack name. */
function readStacks(outdir: string): Map<string, Buffer> {
  const stacksDir = path.join(outdir, 'stacks');
  const stacks = new Map<string, Buffer>();
  for (const name of fs.readdirSync(stacksDir).sort()) {
    stacks.set(name, fs.readFileSync(path.join(stacksDir, name, 'cdk.tf.json')));
  }
  return stacks;
}

/** Returns every resource, data source and output of a stack by its Terraform address. */
function addresses(stackJson: any): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [type, blocks] of Object.entries<Record<string, unknown>>(stackJson.resource ?? {})) {
    for (const [name, body] of Object.entries(blocks)) {
      found.set(`${type}.${name}`, body);
    }
  }
  for (const [type, blocks] of Object.entries<Record<string, unknown>>(stackJson.data ?? {})) {
    for (const [name, body] of Object.entries(blocks)) {
      found.set(`data.${type}.${name}`, body);
    }
  }
  for (const [name, body] of Object.entries(stackJson.output ?? {})) {
    found.set(`output.${name}`, body);
  }
  return found;
}

function relativeName(appModule: string): string {
  return path.relative(root, appModule);
}

interface AppRuns {
  /** First synthesis. */
  readonly first: string;
  /** Same app in another process, with another output folder, time zone and an unrelated variable. */
  readonly second: string;
  /** The extended app, from the same process as the first synthesis. */
  readonly extended: string;
}

describe('determinism', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-determinism-'));
  const otherCwd = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-determinism-cwd-'));
  const apps = appModules();
  const runs = new Map<string, AppRuns>();

  // All children run at once: each spends most of its time loading TypeScript. The fixture app's
  // second run also changes the working directory, because its remote state makes it independent of
  // it. Apps with cdktf's default local backend write the working directory into the JSON.
  beforeAll(async () => {
    const pending: Promise<unknown>[] = [];
    for (const appModule of apps) {
      const base = path.join(scratch, relativeName(appModule).replace(/[^\w.-]/g, '_'));
      const appRuns = { first: `${base}-first`, second: `${base}-second`, extended: `${base}-extended` };
      runs.set(appModule, appRuns);
      const secondCwd = appModule === FIXTURE_APP ? otherCwd : root;
      pending.push(
        synthesize({ appModule, cwd: root, env: { TZ: 'UTC' }, extendedOutdir: appRuns.extended }, appRuns.first),
        synthesize({ appModule, cwd: secondCwd, env: { TZ: 'Asia/Kolkata', DETERMINISM_UNRELATED: String(process.pid) } }, appRuns.second),
      );
    }
    await Promise.all(pending);
  });

  afterAll(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.rmSync(otherCwd, { recursive: true, force: true });
  });

  test.each(apps.map((appModule) => [relativeName(appModule), appModule]))('%s synthesizes identical bytes', (_name, appModule) => {
    const firstStacks = readStacks(runs.get(appModule)!.first);
    const secondStacks = readStacks(runs.get(appModule)!.second);

    expect([...secondStacks.keys()]).toEqual([...firstStacks.keys()]);
    for (const [stack, bytes] of firstStacks) {
      expect({ stack, equal: bytes.equals(secondStacks.get(stack)!) }).toEqual({ stack, equal: true });
    }
  });

  test.each(apps.map((appModule) => [relativeName(appModule), appModule]))('%s keeps addresses when constructs are added', (_name, appModule) => {
    const plainStacks = readStacks(runs.get(appModule)!.first);
    const extendedStacks = readStacks(runs.get(appModule)!.extended);

    for (const [stack, bytes] of plainStacks) {
      const before = addresses(JSON.parse(bytes.toString('utf8')));
      const after = addresses(JSON.parse(extendedStacks.get(stack)!.toString('utf8')));
      expect({ stack, grew: after.size > before.size }).toEqual({ stack, grew: true });

      for (const [address, body] of before) {
        expect({ stack, address, present: after.has(address) }).toEqual({ stack, address, present: true });
        if (address.startsWith('oci_identity_policy.')) {
          // Grants collect into shared policies: a new grant appends statements, and the policy then also
          // waits for the new grantee's dynamic group. Everything already there stays in place.
          type Policy = { statements: string[]; depends_on?: string[] };
          const { statements: beforeStatements, depends_on: beforeDependsOn = [], ...beforeRest } = body as Policy;
          const { statements: afterStatements, depends_on: afterDependsOn = [], ...afterRest } = after.get(address) as Policy;
          expect({ stack, address, rest: afterRest }).toEqual({ stack, address, rest: beforeRest });
          expect({ stack, address, statements: afterStatements.slice(0, beforeStatements.length) }).toEqual({ stack, address, statements: beforeStatements });
          expect({ stack, address, dependsOn: afterDependsOn.filter((dependency) => beforeDependsOn.includes(dependency)) }).toEqual({ stack, address, dependsOn: beforeDependsOn });
        } else {
          expect({ stack, address, body: after.get(address) }).toEqual({ stack, address, body });
        }
      }
    }
  });

  test('fixture app ignores the working directory', () => {
    const rootStacks = readStacks(runs.get(FIXTURE_APP)!.first);
    const otherStacks = readStacks(runs.get(FIXTURE_APP)!.second);

    for (const [stack, bytes] of rootStacks) {
      expect({ stack, equal: bytes.equals(otherStacks.get(stack)!) }).toEqual({ stack, equal: true });
      expect({ stack, containsRoot: bytes.toString('utf8').includes(root) }).toEqual({ stack, containsRoot: false });
    }
  });
});
