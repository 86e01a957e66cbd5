/**
 * Child process of the determinism test: synthesizes one app into a folder.
 *
 * Usage: node -r ts-node/register/transpile-only synth-child.ts <app module> <output folder> [<extended output folder>]
 * The app module exports `build(app, options)`. The extended app, synthesized in the same process after
 * the plain one, gets `{ extra: true }`, and every stack of it that has an OciEnvironment gets one more
 * container repository, a construct unrelated to the rest.
 */
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { OciEnvironment } from '../../lib/core/environment';
import { ContainerRepository } from '../../lib/registry/repository';

/** Options the determinism test passes to an app's `build`. Apps may ignore them. */
export interface DeterminismBuildOptions {
  /** True for the run that adds unrelated constructs, such as one more node pool. */
  readonly extra?: boolean;
}

function addUnrelatedRepository(stack: TerraformStack): void {
  const environment = findEnvironment(stack);
  if (environment === undefined) {
    return;
  }
  new ContainerRepository(stack, 'determinism-extra-repository', {
    repositoryName: `determinism/extra-${stack.node.id.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`,
    compartmentOcid: environment.tenancyOcid,
  });
}

function findEnvironment(stack: TerraformStack): OciEnvironment | undefined {
  try {
    return OciEnvironment.of(stack);
  } catch {
    return undefined;
  }
}

function synthesize(appModule: { build(app: App, options: DeterminismBuildOptions): void }, outdir: string, extra: boolean): void {
  const app = new App({ outdir });
  appModule.build(app, { extra });

  if (extra) {
    for (const stack of app.node.findAll().filter((node): node is TerraformStack => TerraformStack.isStack(node))) {
      addUnrelatedRepository(stack);
    }
  }
  app.synth();
}

function main(): void {
  const [modulePath, outdir, extendedOutdir] = process.argv.slice(2);
  const appModule = require(path.resolve(modulePath));

  synthesize(appModule, outdir, false);
  if (extendedOutdir !== undefined) {
    synthesize(appModule, extendedOutdir, true);
  }
}

main();
