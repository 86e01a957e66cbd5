import { Fn, Token } from 'cdktf';
import { isUnresolved, Validator } from '../core/validation';
import { ShapeArchitecture } from './shapes';

/**
 * Cloud-init for Oracle's OCIR kubelet image credential provider
 * (github.com/oracle-devrel/oke-credential-provider-for-ocir). With it, kubelet fetches OCIR pull
 * tokens with the node's instance principal, so pods need no image pull secret. The node must be in
 * a dynamic group that a policy allows to `read repos`.
 */

/** Release of the credential provider that nodes download by default. */
export const OCIR_CREDENTIAL_PROVIDER_VERSION = 'v0.1.1';

/** Directory that kubelet searches for credential provider binaries. */
export const CREDENTIAL_PROVIDER_BIN_DIR = '/usr/local/bin/';
/** File name of the binary. The provider entry in the config file must have the same name. */
export const CREDENTIAL_PROVIDER_BINARY_NAME = 'credential-provider-oke';
/** Path of the kubelet `CredentialProviderConfig` file that the script writes. */
export const CREDENTIAL_PROVIDER_CONFIG_PATH = '/etc/kubernetes/credential-provider-config.yaml';

/** Oldest Kubernetes minor version whose kubelet supports the credential provider API v1 (the project's README). */
export const MIN_CREDENTIAL_PROVIDER_KUBERNETES_MINOR = 26;

const RELEASES_URL = 'https://github.com/oracle-devrel/oke-credential-provider-for-ocir/releases/download';
const OKE_INIT_SCRIPT_URL = 'http://169.254.169.254/opc/v2/instance/metadata/oke_init_script';

/** Options for installing the OCIR credential provider on a node pool's nodes. */
export interface OcirCredentialProviderOptions {
  /**
   * Installs the provider even when no repository has granted the pool pulls.
   * @default - installed when a policy grants the pool `read repos` (or more), such as through `repository.grantPull(pool)`
   */
  readonly enabled?: boolean;
  /** Release tag to download from GitHub, such as `v0.1.1`. Ignored when `binaryUrl` is set. @default OCIR_CREDENTIAL_PROVIDER_VERSION */
  readonly version?: string;
  /**
   * Download URL of the binary, for nodes without internet access: for example an Object Storage
   * pre-authenticated request URL. The binary must match the shape's architecture.
   * @default - the GitHub release asset of `version` for the shape's architecture
   */
  readonly binaryUrl?: string;
  /** Hex SHA-256 checksum of the binary. A node rejects a download that does not match it. @default - not verified */
  readonly sha256?: string;
}

/** Returns the GitHub release asset URL of the provider binary for a version and CPU architecture. */
export function credentialProviderReleaseUrl(version: string, architecture: ShapeArchitecture): string {
  const asset = architecture === ShapeArchitecture.AARCH64 ? 'oke-credential-provider-for-ocir-linux-arm64' : 'oke-credential-provider-for-ocir-linux-amd64';
  return `${RELEASES_URL}/${version}/${asset}`;
}

/** Records the problems of credential provider options under `property`, such as `imageCredentialProvider`. */
export function checkCredentialProviderOptions(validator: Validator, property: string, options: OcirCredentialProviderOptions): void {
  if (options.version !== undefined) {
    validator.check(`${property}.version`, options.version, /^v[0-9]+\.[0-9]+\.[0-9]+$/.test(options.version), 'must be a release tag such as v0.1.1');
  }
  if (options.sha256 !== undefined) {
    validator.check(`${property}.sha256`, options.sha256, /^[0-9a-fA-F]{64}$/.test(options.sha256), 'must be 64 hexadecimal characters (a SHA-256 checksum)');
  }

  const url = options.binaryUrl;
  if (url === undefined || isUnresolved(url)) {
    return;
  }
  if (/[\s']/.test(url)) {
    validator.add(`${property}.binaryUrl`, url, 'must not contain whitespace or single quotes');
  } else if (url.startsWith('http://') && options.sha256 === undefined) {
    validator.add(`${property}.binaryUrl`, url, 'must be an https:// URL, or come with sha256 so that nodes verify a binary fetched over plain http');
  } else if (!url.startsWith('https://') && !url.startsWith('http://')) {
    validator.add(`${property}.binaryUrl`, url, 'must be an http:// or https:// URL');
  }
}

/** Inputs of {@link renderCredentialProviderScript}. */
export interface CredentialProviderScriptOptions {
  /** URL of the binary; may be an unresolved token. */
  readonly binaryUrl: string;
  /** Hex SHA-256 checksum to verify, if any. */
  readonly sha256?: string;
}

/**
 * Renders the node's cloud-init script. It installs the binary and its kubelet config, then runs
 * OKE's own node init script (fetched from instance metadata, as every OKE custom cloud-init must)
 * with the two kubelet flags that enable the provider.
 *
 * The script stops at the first failing command, so a node whose download or checksum fails never
 * joins the cluster instead of joining unable to pull from OCIR.
 */
export function renderCredentialProviderScript(options: CredentialProviderScriptOptions): string {
  const binaryPath = `${CREDENTIAL_PROVIDER_BIN_DIR}${CREDENTIAL_PROVIDER_BINARY_NAME}`;
  const lines = [
    '#!/bin/bash',
    'set -euo pipefail',
    '',
    '# OKE runs this script instead of its default one, so it must run the node init script itself.',
    `curl --fail --silent --show-error --retry 5 -H "Authorization: Bearer Oracle" -L ${OKE_INIT_SCRIPT_URL} | base64 --decode >/var/run/oke-init.sh`,
    '',
    `curl --fail --silent --show-error --retry 5 -L -o ${binaryPath} '${options.binaryUrl}'`,
  ];
  if (options.sha256 !== undefined) {
    const sha256 = Token.isUnresolved(options.sha256) ? options.sha256 : options.sha256.toLowerCase();
    lines.push(`echo '${sha256}  ${binaryPath}' | sha256sum --check --strict`);
  }
  lines.push(
    `chmod 755 ${binaryPath}`,
    '',
    'mkdir -p /etc/kubernetes',
    `cat >${CREDENTIAL_PROVIDER_CONFIG_PATH} <<'EOF'`,
    ...credentialProviderConfigLines(),
    'EOF',
    '',
    `bash /var/run/oke-init.sh --kubelet-extra-args "--image-credential-provider-bin-dir=${CREDENTIAL_PROVIDER_BIN_DIR} --image-credential-provider-config=${CREDENTIAL_PROVIDER_CONFIG_PATH}"`,
    '',
  );
  return lines.join('\n');
}

// The kubelet CredentialProviderConfig (kubelet.config.k8s.io/v1). The env values are the settings of the
// project's example config: OCIR's token endpoint, the user name OCIR expects with a bearer token, and
// instance principal authentication. 55m keeps the cache below the token's one-hour lifetime.
function credentialProviderConfigLines(): string[] {
  return [
    'apiVersion: kubelet.config.k8s.io/v1',
    'kind: CredentialProviderConfig',
    'providers:',
    `  - name: ${CREDENTIAL_PROVIDER_BINARY_NAME}`,
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
  ];
}

/**
 * Returns the script of {@link renderCredentialProviderScript} base64-encoded for
 * `node_metadata.user_data`. When the URL or checksum is an unresolved token (such as a
 * pre-authenticated request created in the same app), Terraform fills it in with `format` and
 * encodes the result with `base64encode`.
 */
export function credentialProviderUserData(options: CredentialProviderScriptOptions): string {
  const unresolved = [options.binaryUrl, options.sha256].filter((value): value is string => value !== undefined && Token.isUnresolved(value));
  if (unresolved.length === 0) {
    return Buffer.from(renderCredentialProviderScript(options), 'utf8').toString('base64');
  }

  // Placeholders stand in for the tokens while every literal % is doubled for format().
  const placeholder = (index: number) => `\u0000${index}\u0000`;
  const template = renderCredentialProviderScript({
    binaryUrl: Token.isUnresolved(options.binaryUrl) ? placeholder(unresolved.indexOf(options.binaryUrl)) : options.binaryUrl,
    sha256: options.sha256 !== undefined && Token.isUnresolved(options.sha256) ? placeholder(unresolved.indexOf(options.sha256)) : options.sha256,
  })
    .replace(/%/g, '%%')
    .replace(/\u0000[0-9]+\u0000/g, '%s');
  return Fn.base64encode(Fn.format(Fn.rawString(template), unresolved));
}
