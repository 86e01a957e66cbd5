import { Construct } from 'constructs';
import { OciEnvironment } from '../core/environment';
import { ocidKind } from '../core/ocid';
import { isUnresolved, Validator } from '../core/validation';
import { GrantPolicies } from '../iam/grant-policies';
import { IGrantable } from '../iam/grantable';
import { IamPolicy } from '../iam/policy';
import { PolicyLocation, PolicyStatement, PolicyVerb, ResourceType } from '../iam/policy-statement';
import { checkImageDigest, checkImageTag } from './image-reference';
import { IRepository } from './repository-interface';

/**
 * The parts of a repository that do not depend on whether this app created it: image
 * references and grants. {@link ContainerRepository} and its imports extend it.
 */
export abstract class RepositoryBase extends Construct implements IRepository {
  public abstract readonly repositoryName: string;
  public abstract readonly compartmentOcid: string;

  /**
   * Image path without tag: `<region key>.ocir.io/<tenancy namespace>/<name>`. The namespace is
   * read with a data source, so the value is only known at plan time.
   */
  public get repositoryUri(): string {
    const environment = OciEnvironment.of(this);
    return `${environment.registryEndpoint}/${environment.tenancyNamespace}/${this.repositoryName}`;
  }

  /** Returns `<repositoryUri>:<tag>`. Throws when the tag breaks the OCI Distribution Specification's tag rules. */
  public imageUri(tag: string): string {
    const validator = new Validator(this, 'ContainerRepository');
    if (validator.requireString('imageUri(tag)', tag, { missing: 'pass a tag, such as v1.2.0' })) {
      checkImageTag(validator, 'imageUri(tag)', tag);
    }
    validator.throwIfInvalid();
    return `${this.repositoryUri}:${tag}`;
  }

  /** Returns `<repositoryUri>@<digest>`. Throws unless the digest is `sha256:` and 64 lowercase hexadecimal digits. */
  public imageUriForDigest(digest: string): string {
    const validator = new Validator(this, 'ContainerRepository');
    if (validator.requireString('imageUriForDigest(digest)', digest, { missing: "pass a digest, such as 'sha256:' followed by 64 hexadecimal digits" })) {
      checkImageDigest(validator, 'imageUriForDigest(digest)', digest);
    }
    validator.throwIfInvalid();
    return `${this.repositoryUri}@${digest}`;
  }

  /** Lets the grantee pull images (`read repos`), limited to this repository. Returns the policy that carries the statement. */
  public grantPull(grantee: IGrantable): IamPolicy {
    return this.grantOnRepository(grantee, PolicyVerb.READ);
  }

  /**
   * Lets the grantee pull and push images, limited to this repository. Returns the policy that
   * carries the push statement.
   *
   * `use repos` is not enough: OCI's "Details for Container Registry" lists no permission for
   * `use` beyond `read`, and "Policies to Control Repository Access" states that a push needs
   * REPOSITORY_READ and REPOSITORY_UPDATE, the latter only granted by `manage`. So this adds the
   * pull statement and a `manage` statement narrowed to REPOSITORY_UPDATE. The statements give no
   * REPOSITORY_CREATE, so pushing cannot create other repositories, and no REPOSITORY_INSPECT on
   * the compartment, which a push does not need.
   */
  public grantPush(grantee: IGrantable): IamPolicy {
    this.grantPull(grantee);
    return this.grantOnRepository(grantee, PolicyVerb.MANAGE, [PolicyStatement.equals('request.permission', 'REPOSITORY_UPDATE')]);
  }

  /**
   * Lets the grantee also delete images, change the repository's settings and delete it
   * (`manage repos`), limited to this repository. Returns the policy that carries the statement.
   */
  public grantManage(grantee: IGrantable): IamPolicy {
    return this.grantOnRepository(grantee, PolicyVerb.MANAGE);
  }

  private grantOnRepository(grantee: IGrantable, verb: PolicyVerb, extraConditions: string[] = []): IamPolicy {
    const statement = new PolicyStatement({
      subject: grantee.grantSubject,
      verb,
      resourceType: ResourceType.REPOS,
      location: this.policyLocation(),
      conditions: [PolicyStatement.equals('target.repo.name', this.repositoryName), ...extraConditions],
    });
    return GrantPolicies.of(this).grant(grantee, statement, this.compartmentOcid);
  }

  // The root compartment is named `tenancy` in policy statements.
  private policyLocation(): PolicyLocation {
    if (!isUnresolved(this.compartmentOcid) && ocidKind(this.compartmentOcid) === 'tenancy') {
      return PolicyLocation.tenancy();
    }
    return PolicyLocation.compartmentId(this.compartmentOcid);
  }
}
