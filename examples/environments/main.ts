/**
 * One container platform per environment, each from its own configuration file
 * (config/<environment>.json) and with its own remote state in Object Storage.
 *
 * Synthesize with `npx ts-node --transpile-only examples/environments/main.ts`: it writes one stack
 * per environment to cdktf.out/stacks/<name>. Every file is checked before any construct is created.
 */
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { OciEnvironment } from '../../lib/core/environment';
import { ContainerPlatform, ContainerPlatformNodePoolProps } from '../../lib/patterns/container-platform';
import { ObjectStorageBackend } from '../../lib/state/object-storage-backend';
import { EnvironmentConfig, EnvironmentConfigError, loadEnvironmentConfig } from './config-schema';

/** The environments the app builds, in the order a change rolls out. */
export const ENVIRONMENTS: readonly string[] = ['dev', 'staging', 'prod'];

/** Folder of the configuration files. */
export const CONFIG_DIR = path.join(__dirname, 'config');

/** Options of {@link build}. */
export interface EnvironmentsBuildOptions {
  /** Folder that contains `<environment>.json` for each environment. @default CONFIG_DIR */
  readonly configDir?: string;
  /** Environments to build. @default ENVIRONMENTS */
  readonly environments?: readonly string[];
  /** Adds a one-node `extra` pool to every environment; the determinism test uses it. @default false */
  readonly extra?: boolean;
}

/**
 * Reads and checks the configuration of every environment. Throws an {@link EnvironmentConfigError}
 * for the first invalid file, or an Error that contains the messages of every invalid file.
 */
export function loadEnvironments(configDir: string, environments: readonly string[]): Map<string, EnvironmentConfig> {
  const configs = new Map<string, EnvironmentConfig>();
  const errors: EnvironmentConfigError[] = [];
  for (const environment of environments) {
    try {
      configs.set(environment, loadEnvironmentConfig(path.join(configDir, `${environment}.json`)));
    } catch (error) {
      if (!(error instanceof EnvironmentConfigError)) {
        throw error;
      }
      errors.push(error);
    }
  }

  if (errors.length === 1) {
    throw errors[0];
  }
  if (errors.length > 1) {
    throw new Error(`${errors.length} environment configurations are invalid:\n\n${errors.map((error) => error.message).join('\n\n')}`);
  }
  return configs;
}

/** Adds one stack per environment to the app, after every configuration file passed its checks. */
export function build(app: App, options: EnvironmentsBuildOptions = {}): void {
  const configDir = options.configDir ?? CONFIG_DIR;
  const configs = loadEnvironments(configDir, options.environments ?? ENVIRONMENTS);

  for (const [environment, config] of configs) {
    try {
      buildEnvironment(app, environment, config, options.extra ?? false);
    } catch (error) {
      // Construct errors name the construct path, so the file the values came from is added.
      throw new Error(`Environment '${environment}' from '${path.join(configDir, `${environment}.json`)}' failed: ${(error as Error).message}`);
    }
  }
}

function buildEnvironment(app: App, environment: string, config: EnvironmentConfig, extra: boolean): void {
  const stack = new TerraformStack(app, config.name);
  new OciEnvironment(stack, 'oci', { region: config.region, homeRegion: config.homeRegion, tenancyOcid: config.tenancyOcid });
  new ObjectStorageBackend(stack, 'state', {
    namespace: config.state.namespace,
    bucket: config.state.bucket,
    region: config.state.region,
    keyPrefix: config.state.keyPrefix,
    environment,
  });

  const nodePools: Record<string, ContainerPlatformNodePoolProps> = { ...config.nodePools };
  if (extra) {
    nodePools.extra = { size: 1 };
  }
  const platform = new ContainerPlatform(stack, 'platform', {
    name: config.name,
    compartmentOcid: config.compartmentOcid,
    kubernetesVersion: config.kubernetesVersion,
    repositories: config.repositories,
    nodePools,
    vcnCidr: config.vcnCidr,
    network: { compartmentOcid: config.networkCompartmentOcid, apiEndpointAllowedCidrs: config.apiEndpointAllowedCidrs },
  });
  platform.cluster.addKubeconfigOutput();
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
