import { Construct } from 'constructs';
import { OciEnvironment } from '../../lib/core/environment';
import { GrantPolicies } from '../../lib/iam/grant-policies';
import { IGrantable } from '../../lib/iam/grantable';
import { IamPolicy } from '../../lib/iam/policy';
import { PolicyLocation, PolicyStatement, PolicyVerb, ResourceType } from '../../lib/iam/policy-statement';
import { IRepository } from '../../lib/registry/repository-interface';

/**
 * A test double for IRepository that grants the way ContainerRepository does: statements in the
 * repository's compartment, limited to the repository by `target.repo.name`. A push is a pull plus
 * `manage` narrowed to REPOSITORY_UPDATE, because `use repos` adds no permission to `read repos`.
 */
export class FakeRepository extends Construct implements IRepository {
  public readonly repositoryUri: string;

  constructor(scope: Construct, id: string, public readonly repositoryName: string, public readonly compartmentOcid: string, host?: string) {
    super(scope, id);
    const environment = OciEnvironment.of(this);
    this.repositoryUri = `${host ?? environment.registryEndpoint}/${environment.tenancyNamespace}/${repositoryName}`;
  }

  public imageUri(tag: string): string {
    return `${this.repositoryUri}:${tag}`;
  }

  public imageUriForDigest(digest: string): string {
    return `${this.repositoryUri}@${digest}`;
  }

  public grantPull(grantee: IGrantable): IamPolicy {
    return this.grant(grantee, PolicyVerb.READ);
  }

  public grantPush(grantee: IGrantable): IamPolicy {
    this.grantPull(grantee);
    return this.grant(grantee, PolicyVerb.MANAGE, [PolicyStatement.equals('request.permission', 'REPOSITORY_UPDATE')]);
  }

  public grantManage(grantee: IGrantable): IamPolicy {
    return this.grant(grantee, PolicyVerb.MANAGE);
  }

  private grant(grantee: IGrantable, verb: PolicyVerb, extraConditions: string[] = []): IamPolicy {
    const statement = new PolicyStatement({
      subject: grantee.grantSubject,
      verb,
      resourceType: ResourceType.REPOS,
      location: PolicyLocation.compartmentId(this.compartmentOcid),
      conditions: [PolicyStatement.equals('target.repo.name', this.repositoryName), ...extraConditions],
    });
    return GrantPolicies.of(this).grant(grantee, statement, this.compartmentOcid);
  }
}
