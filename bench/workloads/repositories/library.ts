import { App } from 'cdktf';
import { ContainerRepository } from '../../../lib';
import { COMPARTMENT_OCID } from '../shared';
import { libraryStack } from '../library-environment';

/** Builds `count` private repositories with the library's defaults, and nothing else. */
export function build(app: App, params: { count: number }): void {
  const { stack } = libraryStack(app);
  for (let i = 0; i < params.count; i++) {
    new ContainerRepository(stack, `repo-${i}`, { repositoryName: `apps/service-${i}`, compartmentOcid: COMPARTMENT_OCID });
  }
}
