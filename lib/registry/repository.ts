import { Construct, IConstruct } from 'constructs';
import { ArtifactsContainerRepository } from '../generated/providers/oci/artifacts-container-repository';
import { OciEnvironment } from '../core/environment';
import { COMPARTMENT_OCID_KINDS, checkOcid } from '../core/ocid';
import { isUnresolved, Validator } from '../core/validation';
import { warnRisk } from '../core/warnings';
import { checkRepositoryName } from './image-reference';
import { RepositoryBase } from './repository-base';
import { IRepository } from './repository-interface';

/** Format of a repository readme: the values of ContainerRepositoryReadmeFormatEnum in the OCI Artifacts API. */
export type RepositoryReadmeFormat = 'TEXT_PLAIN' | 'TEXT_MARKDOWN';

const README_FORMATS: readonly RepositoryReadmeFormat[] = ['TEXT_PLAIN', 'TEXT_MARKDOWN'];

/** Readme text shown with the repository in the console. */
export interface RepositoryReadme {
  /** Readme text. */
  readonly content: string;
  /** Text format, which decides how the console renders the content. */
  readonly format: RepositoryReadmeFormat;
}

/** Props of {@link ContainerRepository}. */
export interface ContainerRepositoryProps {
  /** Repository name, such as `team/web`, unique across all compartments of the tenancy in the region. */
  readonly repositoryName: string;
  /** OCID of the compartment that contains the repository. The tenancy OCID means the root compartment. */
  readonly compartmentOcid: string;
  /**
   * Whether anyone can pull images without credentials. Creating a public repository needs the
   * REPOSITORY_MANAGE permission on the tenancy. @default false - private
   */
  readonly isPublic?: boolean;
  /** Whether pushed tags are immutable, so an image cannot be overwritten under the same tag. @default false */
  readonly isImmutable?: boolean;
  /** Readme shown with the repository in the console. @default - none */
  readonly readme?: RepositoryReadme;
  /** Free-form tags. @default - none */
  readonly freeformTags?: Record<string, string>;
  /** Defined tags, keyed `<namespace>.<key>`. @default - none */
  readonly definedTags?: Record<string, string>;
  /**
   * Whether Terraform refuses to destroy or replace the repository (`lifecycle.prevent_destroy`).
   * Deleting a repository deletes every image in it. @default true
   */
  readonly preventDestroy?: boolean;
}

/** Attributes of an existing repository for {@link ContainerRepository.fromRepositoryAttributes}. */
export interface RepositoryAttributes {
  /** Repository name, such as `team/web`. */
  readonly repositoryName: string;
  /** OCID of the compartment that contains the repository. The tenancy OCID means the root compartment. */
  readonly compartmentOcid: string;
}

/** Warning id for a public repository, to pass to `acknowledgeWarning`. */
export const PUBLIC_REPOSITORY_WARNING = 'oci:public-repository';
/** Warning id for a repository without `prevent_destroy`, to pass to `acknowledgeWarning`. */
export const REPOSITORY_DESTROY_WARNING = 'oci:repository-destroy-allowed';

const NAME_REGISTRY_SYMBOL = Symbol.for('cdktf-oci-containers.ContainerRepository.names');

/**
 * An OCIR container repository (`oci_artifacts_container_repository`).
 *
 * Private and protected from `terraform destroy` unless the props set otherwise. Use
 * `grantPull`, `grantPush` and `grantManage` to write least-privilege policy statements for it.
 */
export class ContainerRepository extends RepositoryBase {
  /** Imports a repository that exists outside this app, so that grants and image references work on it. */
  public static fromRepositoryAttributes(scope: Construct, id: string, attributes: RepositoryAttributes): IRepository {
    return new ImportedRepository(scope, id, attributes);
  }

  /** The repository resource. */
  public readonly resource: ArtifactsContainerRepository;
  public readonly repositoryName: string;
  public readonly compartmentOcid: string;

  constructor(scope: Construct, id: string, props: ContainerRepositoryProps) {
    super(scope, id);
    const environment = OciEnvironment.of(this);

    const validator = new Validator(this, 'ContainerRepository');
    // JavaScript callers may leave the props out. Each required prop is then reported as missing.
    props = props ?? ({} as ContainerRepositoryProps);
    validateRepositoryAttributes(validator, props);
    validator.requireBoolean('isPublic', props.isPublic);
    validator.requireBoolean('isImmutable', props.isImmutable);
    if (isUnresolved(props.preventDestroy)) {
      validator.add(
        'preventDestroy',
        props.preventDestroy,
        'is a reference, but Terraform reads lifecycle settings before it evaluates references: pass true or false',
      );
    } else {
      validator.requireBoolean('preventDestroy', props.preventDestroy);
    }
    checkReadme(validator, props.readme);
    checkTags(validator, 'freeformTags', props.freeformTags);
    checkTags(validator, 'definedTags', props.definedTags);

    const nameKey = repositoryNameKey(environment, props.repositoryName);
    const earlier = nameKey === undefined ? undefined : repositoryNames(this).get(nameKey);
    if (earlier !== undefined) {
      validator.add(
        'repositoryName',
        props.repositoryName,
        `is already used by ContainerRepository '${earlier}' in region ${environment.region}: ` +
          'repository names must be unique across all compartments of a tenancy, so give one of them another name',
      );
    }
    validator.throwIfInvalid();

    if (nameKey !== undefined) {
      repositoryNames(this).set(nameKey, this.node.path);
    }

    const preventDestroy = props.preventDestroy ?? true;
    this.resource = new ArtifactsContainerRepository(this, 'resource', {
      provider: environment.provider,
      compartmentId: props.compartmentOcid,
      displayName: props.repositoryName,
      isPublic: props.isPublic ?? false,
      isImmutable: props.isImmutable ?? false,
      readme: props.readme === undefined ? undefined : { content: props.readme.content, format: props.readme.format },
      freeformTags: props.freeformTags,
      definedTags: props.definedTags,
      lifecycle: preventDestroy ? { preventDestroy: true } : undefined,
    });

    this.repositoryName = props.repositoryName;
    this.compartmentOcid = props.compartmentOcid;

    if (props.isPublic === true) {
      warnRisk(
        this,
        PUBLIC_REPOSITORY_WARNING,
        `Repository '${props.repositoryName}' is public: anyone who knows its path can pull its images without credentials. ` +
          'Set isPublic to false unless the images are meant for everyone.',
      );
    }
    if (!preventDestroy) {
      warnRisk(
        this,
        REPOSITORY_DESTROY_WARNING,
        `Repository '${props.repositoryName}' has preventDestroy false: a destroy or a replacement deletes the repository and every image in it.`,
      );
    }
  }

  /**
   * OCID of the repository (known after apply). A getter, so that apps that never read it do not pay
   * for the reference token: cdktf captures a stack trace for every token it creates.
   */
  public get repositoryOcid(): string {
    return this.resource.id;
  }
}

/** A repository created outside this app, known by name and compartment. */
class ImportedRepository extends RepositoryBase {
  public readonly repositoryName: string;
  public readonly compartmentOcid: string;

  constructor(scope: Construct, id: string, attributes: RepositoryAttributes) {
    super(scope, id);

    const validator = new Validator(this, 'ContainerRepository');
    attributes = attributes ?? ({} as RepositoryAttributes);
    validateRepositoryAttributes(validator, attributes);
    validator.throwIfInvalid();

    this.repositoryName = attributes.repositoryName;
    this.compartmentOcid = attributes.compartmentOcid;
  }
}

function validateRepositoryAttributes(validator: Validator, attributes: RepositoryAttributes): void {
  if (validator.requireString('repositoryName', attributes.repositoryName, { missing: 'set the repository name, such as team/web' })) {
    checkRepositoryName(validator, 'repositoryName', attributes.repositoryName);
  }
  if (validator.requireString('compartmentOcid', attributes.compartmentOcid, { missing: 'set the OCID of the compartment that contains the repository' })) {
    checkOcid(validator, 'compartmentOcid', attributes.compartmentOcid, COMPARTMENT_OCID_KINDS);
  }
}

function checkReadme(validator: Validator, readme: RepositoryReadme | undefined): void {
  if (!validator.requireObject('readme', readme)) {
    return;
  }
  validator.requireString('readme.content', readme!.content, { missing: 'set the readme text' });
  validator.requireOneOf('readme.format', readme!.format, README_FORMATS, 'a readme format', {
    missing: `set ${README_FORMATS.map((format) => `'${format}'`).join(' or ')}`,
  });
}

/** Records a problem unless the tags are an object whose values are strings. */
function checkTags(validator: Validator, property: string, tags: Record<string, string> | undefined): void {
  if (!validator.requireObject(property, tags)) {
    return;
  }
  for (const [key, value] of Object.entries(tags!)) {
    validator.requireString(`${property}.${key}`, value);
  }
}

/**
 * Key of the app-wide name registry. OCIR requires a repository name to be unique across all
 * compartments of a tenancy ("Creating a Repository"), and each region has its own registry.
 * Returns undefined for a name that is a token, because it is only known at plan time, and for a name
 * that is not a string, which validation has reported.
 */
function repositoryNameKey(environment: OciEnvironment, repositoryName: string | undefined): string | undefined {
  if (typeof repositoryName !== 'string' || isUnresolved(repositoryName)) {
    return undefined;
  }
  return JSON.stringify([environment.tenancyOcid, environment.region, repositoryName]);
}

/** Repository names created so far in the app of `scope`, mapped to the path of the construct that created each. */
function repositoryNames(scope: IConstruct): Map<string, string> {
  const root = scope.node.root as any;
  if (!root[NAME_REGISTRY_SYMBOL]) {
    root[NAME_REGISTRY_SYMBOL] = new Map<string, string>();
  }
  return root[NAME_REGISTRY_SYMBOL];
}
