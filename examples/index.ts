/** Every example app, by name, for the tests that synthesize and validate all of them. */
import { App } from 'cdktf';
import { build as buildEnvironments } from './environments/main';
import { build as buildPlatform } from './platform/main';
import { build as buildRegistry } from './registry/main';
import { build as buildTemplate } from './template/main';

export const EXAMPLES: Record<string, (app: App) => unknown> = {
  environments: (app) => buildEnvironments(app),
  platform: buildPlatform,
  registry: buildRegistry,
  template: buildTemplate,
};
