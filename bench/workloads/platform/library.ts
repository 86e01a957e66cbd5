import { App } from 'cdktf';
import { build as buildPlatform } from '../../../examples/platform/main';

/** Builds the full platform example, examples/platform/main.ts, unchanged. */
export function build(app: App): void {
  buildPlatform(app);
}
