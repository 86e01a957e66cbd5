import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { EXAMPLES } from '../../examples';
import { checkConformance, formatFinding } from '../../lib/conformance';
import { validateStacks } from '../../lib/validate/validate-stack';
import { testWithTerraform } from '../validate/terraform-available';

/** Synthesizes every example into one scratch folder and returns the stack directories. */
function synthesizeExamples(outdir: string): string[] {
  for (const build of Object.values(EXAMPLES)) {
    const app = new App({ outdir });
    build(app);
    app.synth();
  }
  const stacksDir = path.join(outdir, 'stacks');
  return fs.readdirSync(stacksDir).sort().map((name) => path.join(stacksDir, name));
}

describe('examples', () => {
  let outdir: string;
  let stackDirs: string[];

  beforeAll(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-examples-'));
    stackDirs = synthesizeExamples(outdir);
  });

  afterAll(() => {
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test('every example writes a stack', () => {
    expect(stackDirs.length).toBeGreaterThanOrEqual(Object.keys(EXAMPLES).length);
  });

  test('platform contains the core resource types', () => {
    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'platform', 'cdk.tf.json'), 'utf8'));
    const types = Object.keys(json.resource);
    for (const type of [
      'oci_artifacts_container_repository',
      'oci_identity_policy',
      'oci_identity_dynamic_group',
      'oci_identity_auth_token',
      'oci_containerengine_cluster',
      'oci_containerengine_node_pool',
      'oci_core_vcn',
      'oci_core_subnet',
      'oci_core_service_gateway',
    ]) {
      expect(types).toContain(type);
    }
  });

  test('platform outputs are named by construct path', () => {
    const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'platform', 'cdk.tf.json'), 'utf8'));
    expect(Object.keys(json.output).sort()).toEqual(['api-image', 'ci_auth-token-value', 'ci_registry-host', 'ci_registry-username', 'cluster_kubeconfig']);
    expect(json.output['ci_auth-token-value'].sensitive).toBe(true);
    expect(json.output['ci_registry-username'].sensitive).toBe(true);
    expect(json.output.cluster_kubeconfig.sensitive).toBe(true);
    expect(json.output['ci_registry-host']).toEqual({ description: 'Container Registry host for docker login', value: 'iad.ocir.io' });
  });

  test('stacks conform to the pinned schema', () => {
    for (const dir of stackDirs) {
      const json = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
      const findings = checkConformance(json).map(formatFinding);
      expect({ stack: path.basename(dir), findings }).toEqual({ stack: path.basename(dir), findings: [] });
    }
  });

  test('stacks contain no auth token or kubeconfig in plain outputs', () => {
    for (const dir of stackDirs) {
      const json = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
      for (const [name, output] of Object.entries<any>(json.output ?? {})) {
        const value = JSON.stringify(output.value);
        const carriesSecret = /oci_identity_auth_token\.[^"]*\.token|cluster_kube_config\.[^"]*\.content/.test(value);
        if (carriesSecret) {
          expect({ stack: path.basename(dir), name, sensitive: output.sensitive }).toEqual({ stack: path.basename(dir), name, sensitive: true });
        }
      }
    }
  });

  testWithTerraform('examples with terraform validate')('stacks pass terraform validate', async () => {
    const results = await validateStacks(stackDirs);
    const errors = results.flatMap((result, index) =>
      result.diagnostics.map((diagnostic) => `${path.basename(stackDirs[index])}: ${diagnostic.severity} ${diagnostic.summary} ${diagnostic.detail ?? ''}`),
    );
    expect(errors).toEqual([]);
    expect(results.every((result) => result.valid)).toBe(true);
  });
});
