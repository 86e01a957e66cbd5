import { App } from 'cdktf';
import { Construct } from 'constructs';
import { ArtifactsContainerRepository } from '../../../lib/generated/providers/oci/artifacts-container-repository';
import { COMPARTMENT_OCID } from '../shared';
import { l1Stack } from '../l1/environment';

/** Writes what repositories/library.ts synthesizes, with the bindings only. */
export function build(app: App, params: { count: number }): void {
  const { stack, provider } = l1Stack(app);
  for (let i = 0; i < params.count; i++) {
    new ArtifactsContainerRepository(new Construct(stack, `repo-${i}`), 'resource', {
      provider,
      compartmentId: COMPARTMENT_OCID,
      displayName: `apps/service-${i}`,
      isPublic: false,
      isImmutable: false,
      lifecycle: { preventDestroy: true },
    });
  }
}
