import { IConstruct } from 'constructs';
import { IGrantable } from '../iam/grantable';
import { IamPolicy } from '../iam/policy';

/** A Container Registry repository, created by this app or imported. */
export interface IRepository extends IConstruct {
  /** Repository name, such as `team/web`. */
  readonly repositoryName: string;
  /** OCID of the compartment that contains the repository. */
  readonly compartmentOcid: string;
  /** Image path without tag: `<region key>.ocir.io/<tenancy namespace>/<name>`. */
  readonly repositoryUri: string;
  /** Image reference for a tag: `<repositoryUri>:<tag>`. */
  imageUri(tag: string): string;
  /** Image reference for a digest: `<repositoryUri>@sha256:<hex>`. */
  imageUriForDigest(digest: string): string;
  /** Lets the grantee pull images (`read repos`), limited to this repository. Returns the policy that carries the statement. */
  grantPull(grantee: IGrantable): IamPolicy;
  /**
   * Lets the grantee pull and push images, limited to this repository: `read repos` plus `manage repos`
   * narrowed to the REPOSITORY_UPDATE permission, because `use repos` grants nothing beyond `read`.
   */
  grantPush(grantee: IGrantable): IamPolicy;
  /** Lets the grantee also delete images and the repository (`manage repos`), limited to this repository. */
  grantManage(grantee: IGrantable): IamPolicy;
}
