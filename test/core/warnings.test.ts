import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, TerraformStack, Testing } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { OciAuthentication } from '../../lib/core/authentication';
import { OciEnvironment } from '../../lib/core/environment';
import { acknowledgeWarning, knownWarningIds, registerWarningId, warnRisk } from '../../lib/core/warnings';
import { ContainerRepository } from '../../lib/registry/repository';
import { COMPARTMENT, TENANCY, testStack } from '../helpers/stack';

const PUBLIC =
  "Repository 'web' is public: anyone who knows its path can pull its images without credentials. " +
  'Set isPublic to false unless the images are meant for everyone. [oci:public-repository]';
const IDS = 'oci:broad-grant, oci:public-api-endpoint, oci:public-repository, oci:public-workers, oci:repository-destroy-allowed';

function warnings(scope: IConstruct): string[] {
  return scope.node.metadata.filter((entry) => entry.type === '@cdktf/warn').map((entry) => entry.data as string);
}

function publicRepository(scope: Construct): ContainerRepository {
  return new ContainerRepository(scope, 'web', { repositoryName: 'web', compartmentOcid: COMPARTMENT, isPublic: true });
}

/** Creates a stack whose app has the given context, as `cdktf.json` or `--context` would set it. */
function stackWithContext(context: Record<string, unknown>): { stack: TerraformStack; environment: OciEnvironment } {
  const app = Testing.app({ context });
  const stack = new TerraformStack(app, 'test');
  const environment = new OciEnvironment(stack, 'oci', {
    region: 'us-ashburn-1',
    tenancyOcid: TENANCY,
    homeRegion: 'us-ashburn-1',
    authentication: OciAuthentication.apiKey('DEFAULT'),
  });
  return { stack, environment };
}

describe('acknowledgeWarning', () => {
  test('after construction', () => {
    const { stack } = testStack();
    const repository = publicRepository(stack);
    acknowledgeWarning(repository, 'oci:public-repository');
    Testing.synth(stack, true);
    expect(warnings(repository)).toEqual([]);
  });

  test('on a parent after construction', () => {
    const { stack } = testStack();
    const team = new Construct(stack, 'team');
    const repository = publicRepository(team);
    acknowledgeWarning(team, 'oci:public-repository');
    Testing.synth(stack, true);
    expect(warnings(repository)).toEqual([]);
  });

  test('on the app', () => {
    const { app, stack } = testStack();
    const repository = publicRepository(stack);
    acknowledgeWarning(app, 'oci:public-repository');
    Testing.synth(stack, true);
    expect(warnings(repository)).toEqual([]);
  });

  test('another id leaves the warning', () => {
    const { stack } = testStack();
    const repository = publicRepository(stack);
    acknowledgeWarning(repository, 'oci:repository-destroy-allowed');
    Testing.synth(stack, true);
    expect(warnings(repository)).toEqual([PUBLIC]);
  });

  test('through the context', () => {
    const { stack } = stackWithContext({ 'oci:acknowledgedWarnings': ['oci:public-repository'] });
    const repository = publicRepository(stack);
    Testing.synth(stack, true);
    expect(warnings(repository)).toEqual([]);
  });

  test('misspelt id', () => {
    const { stack } = testStack();
    const repository = publicRepository(stack);
    acknowledgeWarning(repository, 'oci:public-repositories');
    Testing.synth(stack, true);
    expect(warnings(repository)).toEqual([
      "acknowledgeWarning: 'oci:public-repositories' is not a warning id of this library, so it silences nothing. " +
        `Did you mean 'oci:public-repository'? The warning ids are ${IDS}.`,
      PUBLIC,
    ]);
  });

  test('unknown id without a close match', () => {
    const { stack } = testStack();
    acknowledgeWarning(stack, 'storage-warning');
    expect(warnings(stack)).toEqual([`acknowledgeWarning: 'storage-warning' is not a warning id of this library, so it silences nothing. The warning ids are ${IDS}.`]);
  });

  test('unknown id on the app', () => {
    const { app, stack, environment } = testStack();
    acknowledgeWarning(app, 'oci:broad-grants');
    Testing.synth(stack, true);
    expect(warnings(environment)).toEqual([
      "acknowledgeWarning on the app: 'oci:broad-grants' is not a warning id of this library, so it silences nothing. " +
        `Did you mean 'oci:broad-grant'? The warning ids are ${IDS}.`,
    ]);
  });

});

describe('acknowledged warnings context', () => {
  test('a string instead of a list', () => {
    const { stack, environment } = stackWithContext({ 'oci:acknowledgedWarnings': 'oci:public-repository' });
    const repository = publicRepository(stack);
    Testing.synth(stack, true);
    expect(warnings(environment)).toEqual([
      "Context key 'oci:acknowledgedWarnings' is 'oci:public-repository', which is not a list of warning ids, so it acknowledges nothing: " +
        'set it to a list such as ["oci:public-repository"]',
    ]);
    expect(warnings(repository)).toEqual([PUBLIC]);
  });

  test('a list with a number', () => {
    const { stack, environment } = stackWithContext({ 'oci:acknowledgedWarnings': ['oci:public-repository', 7] });
    Testing.synth(stack, true);
    expect(warnings(environment)).toEqual([
      'Context key \'oci:acknowledgedWarnings\' is ["oci:public-repository",7], which is not a list of warning ids, so it acknowledges nothing: ' +
        'set it to a list such as ["oci:public-repository"]',
    ]);
  });

  test('unknown id in the list', () => {
    const { stack, environment } = stackWithContext({ 'oci:acknowledgedWarnings': ['oci:public-worker'] });
    Testing.synth(stack, true);
    Testing.synth(stack, true);
    expect(warnings(environment)).toEqual([
      "Context key 'oci:acknowledgedWarnings': 'oci:public-worker' is not a warning id of this library, so it silences nothing. " +
        `Did you mean 'oci:public-workers'? The warning ids are ${IDS}.`,
    ]);
  });
});

describe('warnRisk', () => {
  test('waits for synth', () => {
    const { stack } = testStack();
    const thing = new Construct(stack, 'thing');
    warnRisk(thing, 'oci:public-workers', 'Workers are public.');
    expect(warnings(thing)).toEqual([]);
    Testing.synth(stack, true);
    expect(warnings(thing)).toEqual(['Workers are public. [oci:public-workers]']);
  });

  test('same warning twice is added once', () => {
    const { stack } = testStack();
    const thing = new Construct(stack, 'thing');
    warnRisk(thing, 'oci:public-workers', 'Workers are public.');
    warnRisk(thing, 'oci:public-workers', 'Workers are public.');
    Testing.synth(stack, true);
    expect(warnings(thing)).toEqual(['Workers are public. [oci:public-workers]']);
  });

  test('called from a validation', () => {
    const { stack } = testStack();
    const thing = new Construct(stack, 'thing');
    thing.node.addValidation({
      validate: () => {
        warnRisk(thing, 'oci:broad-grant', 'Grants too much.');
        return [];
      },
    });
    Testing.synth(stack, true);
    expect(warnings(thing)).toEqual(['Grants too much. [oci:broad-grant]']);
  });

  test('warnings reach the manifest', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-warnings-'));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'shop');
    new OciEnvironment(stack, 'oci', { region: 'us-ashburn-1', tenancyOcid: TENANCY, homeRegion: 'us-ashburn-1', authentication: OciAuthentication.apiKey() });
    publicRepository(stack);
    app.synth();

    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    const annotations = manifest.stacks.shop.annotations.map((annotation: any) => [annotation.constructPath, annotation.level, annotation.message]);
    expect(annotations).toEqual([['shop/web', '@cdktf/warn', PUBLIC]]);
    fs.rmSync(outdir, { recursive: true, force: true });
  });
});

// Last, because the id stays registered for the rest of the file.
describe('registerWarningId', () => {
  test('registered id is known', () => {
    registerWarningId('test:registered-warning');
    const { stack } = testStack();
    acknowledgeWarning(stack, 'test:registered-warning');
    expect(warnings(stack)).toEqual([]);
    expect(knownWarningIds()).toContain('test:registered-warning');
  });
});
