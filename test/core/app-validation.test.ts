import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { OciAuthentication } from '../../lib/core/authentication';
import { OciEnvironment } from '../../lib/core/environment';
import { TENANCY } from '../helpers/stack';

const FOOTER = "\n\nIf you wish to ignore these validations, pass 'skipValidation: true' to your App configuration.\n";

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'oci-app-validation-'));
}

function environmentStack(app: App, id: string): TerraformStack {
  const stack = new TerraformStack(app, id);
  new OciEnvironment(stack, 'oci', { region: 'us-ashburn-1', tenancyOcid: TENANCY, homeRegion: 'us-ashburn-1', authentication: OciAuthentication.apiKey() });
  return stack;
}

/** Adds a construct whose validation fails with `message`. */
function invalidConstruct(stack: TerraformStack, id: string, message: string): Construct {
  const construct = new Construct(stack, id);
  construct.node.addValidation({ validate: () => [message] });
  return construct;
}

function errorOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error, but nothing was thrown');
}

function writtenFiles(outdir: string): string[] {
  const walk = (directory: string): string[] =>
    fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(directory, entry.name);
      return entry.isDirectory() ? walk(full) : [path.relative(outdir, full)];
    });
  return fs.existsSync(outdir) ? walk(outdir).sort() : [];
}

describe('whole-app validation', () => {
  test('invalid second stack writes no stack', () => {
    const outdir = tempDir();
    const app = new App({ outdir });
    environmentStack(app, 'a');
    const b = environmentStack(app, 'b');
    invalidConstruct(b, 'broken', 'is broken');

    expect(errorOf(() => app.synth())).toBe(
      "Validation failed with the following errors:\n  [a] Stack 'b' is invalid, so no stack is written: [b/broken] is broken" + FOOTER,
    );
    expect(writtenFiles(outdir)).toEqual([]);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('invalid first stack reports itself', () => {
    const outdir = tempDir();
    const app = new App({ outdir });
    const a = environmentStack(app, 'a');
    environmentStack(app, 'b');
    invalidConstruct(a, 'broken', 'is broken');

    expect(errorOf(() => app.synth())).toBe('Validation failed with the following errors:\n  [a/broken] is broken' + FOOTER);
    expect(writtenFiles(outdir)).toEqual([]);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('valid stacks are all written', () => {
    const outdir = tempDir();
    const app = new App({ outdir });
    environmentStack(app, 'a');
    environmentStack(app, 'b');
    app.synth();
    expect(writtenFiles(outdir)).toEqual(['manifest.json', 'stacks/a/cdk.tf.json', 'stacks/b/cdk.tf.json']);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('each stack validated by cdktf and once more', () => {
    const outdir = tempDir();
    const app = new App({ outdir });
    const a = environmentStack(app, 'a');
    const b = environmentStack(app, 'b');
    const calls: string[] = [];
    for (const stack of [a, b]) {
      const counted = new Construct(stack, 'counted');
      counted.node.addValidation({
        validate: () => {
          calls.push(stack.node.id);
          return [];
        },
      });
    }
    app.synth();
    expect(calls.sort()).toEqual(['a', 'a', 'b', 'b']);
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('change after a synth is seen', () => {
    const outdir = tempDir();
    const app = new App({ outdir });
    environmentStack(app, 'a');
    const b = environmentStack(app, 'b');
    app.synth();
    invalidConstruct(b, 'broken', 'is broken');
    expect(errorOf(() => app.synth())).toContain("[a] Stack 'b' is invalid, so no stack is written: [b/broken] is broken");
    fs.rmSync(outdir, { recursive: true, force: true });
  });
});
