import { Fn, TerraformOutput, TerraformStack, Testing } from 'cdktf';
import { DataOciContainerengineClusterKubeConfig } from '../../lib/generated/providers/oci/data-oci-containerengine-cluster-kube-config';
import { CiPushCredentials } from '../../lib/iam/ci-push-credentials';
import { DockerConfigJson } from '../../lib/iam/docker-config';
import { ContainerRepository } from '../../lib/registry/repository';
import { COMPARTMENT, testStack } from '../helpers/stack';
import { testCluster } from '../oke/oke-fixtures';

const CLUSTER = 'ocid1.cluster.oc1.iad.aaaaaaaacluster';

/** Returns the errors of a synth with validations, one per line after cdktf's header, or [] when it passes. */
function synthErrors(stack: TerraformStack): string[] {
  try {
    Testing.synth(stack, true);
  } catch (error) {
    const lines = (error as Error).message.split('\n');
    expect(lines[0]).toBe('Validation failed with the following errors:');
    return lines.slice(1).filter((line) => line.startsWith('  [')).map((line) => line.trim());
  }
  return [];
}

function pushCredentials() {
  const { stack } = testStack();
  const repository = new ContainerRepository(stack, 'web', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT });
  const credentials = new CiPushCredentials(stack, 'ci', { repositories: [repository] });
  const tokenName = Object.keys(JSON.parse(Testing.synth(stack)).resource.oci_identity_auth_token)[0];
  return { stack, credentials, tokenName };
}

function leak(path: string, description: string, reference: string, type: string): string {
  return (
    `[test] TerraformOutput '${path}' is not sensitive, but its value contains ${description} (${reference}): set sensitive: true on the output, ` +
    `because the oci provider schema 8.22.0 does not mark ${type} as sensitive and Terraform would print the secret in plain text`
  );
}

describe('secret outputs', () => {
  test('registry password in a plain output', () => {
    const { stack, credentials, tokenName } = pushCredentials();
    new TerraformOutput(stack, 'password', { value: credentials.registryPassword });
    expect(synthErrors(stack)).toEqual([
      leak('test/password', 'an auth token', `oci_identity_auth_token.${tokenName}.token`, 'oci_identity_auth_token.token'),
    ]);
  });

  test('Docker config JSON in a plain output', () => {
    const { stack, credentials, tokenName } = pushCredentials();
    const dockerConfig = new DockerConfigJson(stack, 'docker', { credentials });
    new TerraformOutput(stack, 'docker-config', { value: Fn.base64encode(dockerConfig.value) });
    expect(synthErrors(stack)).toEqual([
      leak('test/docker-config', 'an auth token', `oci_identity_auth_token.${tokenName}.token`, 'oci_identity_auth_token.token'),
    ]);
  });

  test('whole auth token resource', () => {
    const { stack, credentials, tokenName } = pushCredentials();
    new TerraformOutput(stack, 'token', { value: credentials.authToken.resource });
    expect(synthErrors(stack)).toEqual([
      leak('test/token', 'an auth token', `oci_identity_auth_token.${tokenName}`, 'oci_identity_auth_token.token'),
    ]);
  });

  test('kubeconfig in a plain output', () => {
    const { stack } = testStack();
    const kubeconfig = new DataOciContainerengineClusterKubeConfig(stack, 'kubeconfig', { clusterId: CLUSTER });
    new TerraformOutput(stack, 'kubeconfig-output', { value: kubeconfig.content });
    expect(synthErrors(stack)).toEqual([
      leak(
        'test/kubeconfig-output',
        'a kubeconfig',
        'data.oci_containerengine_cluster_kube_config.kubeconfig.content',
        'data.oci_containerengine_cluster_kube_config.content',
      ),
    ]);
  });

  test('sensitive set by an override passes', () => {
    const { stack, credentials } = pushCredentials();
    const output = new TerraformOutput(stack, 'password', { value: credentials.registryPassword });
    output.addOverride('sensitive', true);
    expect(synthErrors(stack)).toEqual([]);
  });

  test('other token attributes pass', () => {
    const { stack, credentials } = pushCredentials();
    new TerraformOutput(stack, 'token-ocid', { value: credentials.authToken.resource.id });
    new TerraformOutput(stack, 'token-state', { value: credentials.authToken.resource.state });
    expect(synthErrors(stack)).toEqual([]);
  });

  test("library's own outputs pass", () => {
    const { stack, credentials } = pushCredentials();
    new DockerConfigJson(stack, 'docker', { credentials });
    expect(synthErrors(stack)).toEqual([]);
  });

  test('kubeconfig output of a cluster passes', () => {
    const { stack, cluster } = testCluster();
    cluster.addKubeconfigOutput();
    expect(synthErrors(stack)).toEqual([]);
  });
});
