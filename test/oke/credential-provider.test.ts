import { TerraformVariable } from 'cdktf';
import { Validator } from '../../lib/core/validation';
import {
  checkCredentialProviderOptions,
  credentialProviderReleaseUrl,
  OCIR_CREDENTIAL_PROVIDER_VERSION,
  renderCredentialProviderScript,
} from '../../lib/oke/credential-provider';
import { ShapeArchitecture } from '../../lib/oke/shapes';
import { ContainerRepository } from '../../lib/registry/repository';
import { COMPARTMENT, synthJson } from '../helpers/stack';
import { block, testCluster } from './oke-fixtures';

const SHA = 'a'.repeat(64);
const AMD64_URL = 'https://github.com/oracle-devrel/oke-credential-provider-for-ocir/releases/download/v0.1.1/oke-credential-provider-for-ocir-linux-amd64';
const ARM64_URL = 'https://github.com/oracle-devrel/oke-credential-provider-for-ocir/releases/download/v0.1.1/oke-credential-provider-for-ocir-linux-arm64';
const PAR_URL = 'https://objectstorage.us-ashburn-1.oraclecloud.com/p/token/n/ns/b/tools/o/credential-provider-oke';

const INIT_FETCH =
  'curl --fail --silent --show-error --retry 5 -H "Authorization: Bearer Oracle" -L http://169.254.169.254/opc/v2/instance/metadata/oke_init_script | base64 --decode >/var/run/oke-init.sh';
const INIT_RUN =
  'bash /var/run/oke-init.sh --kubelet-extra-args "--image-credential-provider-bin-dir=/usr/local/bin/ --image-credential-provider-config=/etc/kubernetes/credential-provider-config.yaml"';

/** Decodes the user_data of the pool `cluster_<poolId>` in the synthesized stack. */
function userDataOf(json: any, poolId: string): string | undefined {
  const metadata = block(json, 'resource', 'oci_containerengine_node_pool', `cluster_${poolId}_resource`).node_metadata;
  return metadata === undefined ? undefined : Buffer.from(metadata.user_data, 'base64').toString('utf8');
}

function lines(script: string): string[] {
  return script.split('\n');
}

describe('credentialProviderReleaseUrl', () => {
  test('amd64 asset for x86 shapes', () => {
    expect(credentialProviderReleaseUrl('v0.1.1', ShapeArchitecture.X86_64)).toBe(AMD64_URL);
  });

  test('arm64 asset for Arm shapes', () => {
    expect(credentialProviderReleaseUrl('v0.1.1', ShapeArchitecture.AARCH64)).toBe(ARM64_URL);
  });

  test('default version is pinned', () => {
    expect(OCIR_CREDENTIAL_PROVIDER_VERSION).toBe('v0.1.1');
  });
});

describe('renderCredentialProviderScript', () => {
  test('steps in order', () => {
    const script = lines(renderCredentialProviderScript({ binaryUrl: AMD64_URL }));

    expect(script[0]).toBe('#!/bin/bash');
    expect(script[1]).toBe('set -euo pipefail');
    const fetchInit = script.indexOf(INIT_FETCH);
    const download = script.indexOf(`curl --fail --silent --show-error --retry 5 -L -o /usr/local/bin/credential-provider-oke '${AMD64_URL}'`);
    const chmod = script.indexOf('chmod 755 /usr/local/bin/credential-provider-oke');
    const config = script.indexOf("cat >/etc/kubernetes/credential-provider-config.yaml <<'EOF'");
    const runInit = script.indexOf(INIT_RUN);
    expect(fetchInit).toBeGreaterThan(1);
    expect(download).toBeGreaterThan(fetchInit);
    expect(chmod).toBeGreaterThan(download);
    expect(config).toBeGreaterThan(chmod);
    expect(runInit).toBeGreaterThan(config);
    expect(script[script.length - 1]).toBe('');
    expect(script[script.length - 2]).toBe(INIT_RUN);
  });

  test('kubelet config file content', () => {
    const script = renderCredentialProviderScript({ binaryUrl: AMD64_URL });
    const start = script.indexOf("<<'EOF'\n") + "<<'EOF'\n".length;
    const config = script.slice(start, script.indexOf('\nEOF\n'));

    expect(config.split('\n')).toEqual([
      'apiVersion: kubelet.config.k8s.io/v1',
      'kind: CredentialProviderConfig',
      'providers:',
      '  - name: credential-provider-oke',
      '    apiVersion: credentialprovider.kubelet.k8s.io/v1',
      '    matchImages:',
      '      - "*.ocir.io"',
      '    defaultCacheDuration: 55m',
      '    env:',
      '      - name: REGISTRY_TOKEN_PATH',
      '        value: /20180419/docker/token',
      '      - name: DEFAULT_USER',
      '        value: BEARER_TOKEN',
      '      - name: REGISTRY_PROTOCOL',
      '        value: https',
      '      - name: OCIR_AUTH_METHOD',
      '        value: INSTANCE_PRINCIPAL',
    ]);
  });

  test('checksum verified before chmod', () => {
    const script = lines(renderCredentialProviderScript({ binaryUrl: PAR_URL, sha256: SHA.toUpperCase() }));

    const check = script.indexOf(`echo '${SHA}  /usr/local/bin/credential-provider-oke' | sha256sum --check --strict`);
    expect(check).toBeGreaterThan(0);
    expect(script.indexOf('chmod 755 /usr/local/bin/credential-provider-oke')).toBe(check + 1);
  });

  test('no checksum line without sha256', () => {
    const script = renderCredentialProviderScript({ binaryUrl: AMD64_URL });

    expect(script).not.toContain('sha256sum');
  });
});

describe('checkCredentialProviderOptions', () => {
  function problems(options: Parameters<typeof checkCredentialProviderOptions>[2]): string[] {
    const { cluster } = testCluster();
    const validator = new Validator(cluster, 'NodePool');
    checkCredentialProviderOptions(validator, 'imageCredentialProvider', options);
    return validator.recorded.map((problem) => `${problem.property}: ${problem.rule}`);
  }

  test('valid options pass', () => {
    expect(problems({ version: 'v0.2.0', binaryUrl: PAR_URL, sha256: SHA })).toEqual([]);
  });

  test('version must be a release tag', () => {
    expect(problems({ version: 'latest' })).toEqual(['imageCredentialProvider.version: must be a release tag such as v0.1.1']);
  });

  test('sha256 must be 64 hex characters', () => {
    expect(problems({ sha256: 'abc' })).toEqual(['imageCredentialProvider.sha256: must be 64 hexadecimal characters (a SHA-256 checksum)']);
  });

  test('plain http needs a checksum', () => {
    expect(problems({ binaryUrl: 'http://mirror.internal/credential-provider-oke' })).toEqual([
      'imageCredentialProvider.binaryUrl: must be an https:// URL, or come with sha256 so that nodes verify a binary fetched over plain http',
    ]);
    expect(problems({ binaryUrl: 'http://mirror.internal/credential-provider-oke', sha256: SHA })).toEqual([]);
  });

  test('URL scheme must be http or https', () => {
    expect(problems({ binaryUrl: 'ftp://mirror.internal/credential-provider-oke' })).toEqual(['imageCredentialProvider.binaryUrl: must be an http:// or https:// URL']);
  });

  test('URL must not break the quoting', () => {
    expect(problems({ binaryUrl: "https://example.com/a'b" })).toEqual(['imageCredentialProvider.binaryUrl: must not contain whitespace or single quotes']);
  });
});

describe('NodePool cloud-init', () => {
  test('installed when a repository grants pulls', () => {
    const { stack, cluster } = testCluster();
    const pool = cluster.addNodePool('general', { shape: 'VM.Standard.E5.Flex' });
    new ContainerRepository(stack, 'repo', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT }).grantPull(pool);

    const script = userDataOf(synthJson(stack), 'general')!;

    expect(lines(script)).toContain(`curl --fail --silent --show-error --retry 5 -L -o /usr/local/bin/credential-provider-oke '${AMD64_URL}'`);
    expect(lines(script)).toContain(INIT_FETCH);
    expect(lines(script)).toContain(INIT_RUN);
  });

  test('Arm pool downloads the arm64 binary', () => {
    const { stack, cluster } = testCluster();
    const pool = cluster.addNodePool('arm', { shape: 'VM.Standard.A1.Flex' });
    new ContainerRepository(stack, 'repo', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT }).grantPull(pool);

    expect(lines(userDataOf(synthJson(stack), 'arm')!)).toContain(`curl --fail --silent --show-error --retry 5 -L -o /usr/local/bin/credential-provider-oke '${ARM64_URL}'`);
  });

  test('absent without a grant', () => {
    const { stack, cluster } = testCluster();
    cluster.addNodePool('general', { shape: 'VM.Standard.E5.Flex' });

    expect(userDataOf(synthJson(stack), 'general')).toBeUndefined();
  });

  test('enabled explicitly without a grant', () => {
    const { stack, cluster } = testCluster();
    cluster.addNodePool('general', { shape: 'VM.Standard.E5.Flex', imageCredentialProvider: { enabled: true, binaryUrl: PAR_URL, sha256: SHA } });

    const script = lines(userDataOf(synthJson(stack), 'general')!);

    expect(script).toContain(`curl --fail --silent --show-error --retry 5 -L -o /usr/local/bin/credential-provider-oke '${PAR_URL}'`);
    expect(script).toContain(`echo '${SHA}  /usr/local/bin/credential-provider-oke' | sha256sum --check --strict`);
  });

  test('disabled explicitly despite a grant', () => {
    const { stack, cluster } = testCluster();
    const pool = cluster.addNodePool('general', { shape: 'VM.Standard.E5.Flex', imageCredentialProvider: { enabled: false } });
    new ContainerRepository(stack, 'repo', { repositoryName: 'team/web', compartmentOcid: COMPARTMENT }).grantPull(pool);

    expect(userDataOf(synthJson(stack), 'general')).toBeUndefined();
  });

  test('custom version in the release URL', () => {
    const { stack, cluster } = testCluster();
    cluster.addNodePool('general', { shape: 'VM.Standard.E5.Flex', imageCredentialProvider: { enabled: true, version: 'v0.2.0' } });

    expect(userDataOf(synthJson(stack), 'general')).toContain(
      "'https://github.com/oracle-devrel/oke-credential-provider-for-ocir/releases/download/v0.2.0/oke-credential-provider-for-ocir-linux-amd64'",
    );
  });

  test('token URL encoded by Terraform', () => {
    const { stack, cluster } = testCluster();
    const url = new TerraformVariable(stack, 'binary_url', { type: 'string' });
    cluster.addNodePool('general', { shape: 'VM.Standard.E5.Flex', imageCredentialProvider: { enabled: true, binaryUrl: url.stringValue } });

    const userData: string = block(synthJson(stack), 'resource', 'oci_containerengine_node_pool', 'cluster_general_resource').node_metadata.user_data;

    expect(userData.startsWith('${base64encode(format("#!/bin/bash\\nset -euo pipefail')).toBe(true);
    expect(userData).toContain("/usr/local/bin/credential-provider-oke '%s'\\nchmod 755");
    expect(userData.endsWith('", var.binary_url))}')).toBe(true);
  });
});
