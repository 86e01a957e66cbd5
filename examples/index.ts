/** Every example app, by name, for the tests that synthesize and validate all of them. */
import { App } from 'cdktf';
import { build as buildPlatform } from './platform/main';
import { build as buildRegistry } from './registry/main';

export const EXAMPLES: Record<string, (app: App) => unknown> = {
  platform: buildPlatform,
  registry: buildRegistry,
};
