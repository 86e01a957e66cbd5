import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { OciEnvironment } from '../core/environment';
import { COMPARTMENT_OCID_KINDS, checkOcid } from '../core/ocid';
import { Validator } from '../core/validation';
import { PolicyStatement } from './policy-statement';

// TODO(iam): confirm against OCI's IAM limits; 50 statements per policy is the documented default.
/** Maximum number of statements in one OCI policy. */
export const MAX_STATEMENTS_PER_POLICY = 50;

/** Props of {@link IamPolicy}. */
export interface IamPolicyProps {
  /** Policy name, unique in the tenancy. */
  readonly name: string;
  /** Description shown in the console. @default - 'Managed by cdktf' */
  readonly description?: string;
  /** OCID of the compartment the policy is attached to; statements may only name it or its children. @default - the tenancy */
  readonly compartmentOcid?: string;
  /** Statements of the policy; more can be added with {@link IamPolicy.addStatements}. @default - none */
  readonly statements?: PolicyStatement[];
  /** Free-form tags. @default - none */
  readonly freeformTags?: Record<string, string>;
  /** Defined tags, keyed `<namespace>.<key>`. @default - none */
  readonly definedTags?: Record<string, string>;
}

/**
 * An OCI IAM policy, written in the home region. Statements added after construction are
 * rendered at synth time.
 */
export class IamPolicy extends Construct {
  /** The policy resource. */
  public readonly resource: IdentityPolicy;
  /** Policy name. */
  public readonly name: string;
  /** OCID of the compartment the policy is attached to. */
  public readonly compartmentOcid: string;

  private readonly statements: PolicyStatement[] = [];

  constructor(scope: Construct, id: string, props: IamPolicyProps) {
    super(scope, id);
    const environment = OciEnvironment.of(this);
    this.name = props.name;
    this.compartmentOcid = props.compartmentOcid ?? environment.tenancyOcid;

    const validator = new Validator(this, 'IamPolicy');
    checkOcid(validator, 'compartmentOcid', props.compartmentOcid, COMPARTMENT_OCID_KINDS);
    validator.throwIfInvalid();

    this.resource = new IdentityPolicy(this, 'resource', {
      provider: environment.homeProvider,
      compartmentId: this.compartmentOcid,
      name: props.name,
      description: props.description ?? 'Managed by cdktf',
      statements: Lazy.listValue({ produce: () => this.renderStatements() }),
      freeformTags: props.freeformTags,
      definedTags: props.definedTags,
    });

    this.addStatements(...(props.statements ?? []));
    this.node.addValidation({ validate: () => this.validateStatements() });
  }

  /** Adds statements; a statement already present is not added twice. Returns this policy. */
  public addStatements(...statements: PolicyStatement[]): this {
    for (const statement of statements) {
      if (!this.statements.some((existing) => existing.render() === statement.render())) {
        this.statements.push(statement);
      }
    }
    return this;
  }

  /** True when the policy already contains a statement with this text. */
  public hasStatement(text: string): boolean {
    return this.statements.some((statement) => statement.render() === text);
  }

  /** Number of distinct statements so far. */
  public get statementCount(): number {
    return this.statements.length;
  }

  private renderStatements(): string[] {
    return this.statements.map((statement) => statement.render());
  }

  private validateStatements(): string[] {
    const errors: string[] = [];
    if (this.statements.length === 0) {
      errors.push(`IamPolicy '${this.node.path}': statements: [] must contain at least one statement`);
    }
    if (this.statements.length > MAX_STATEMENTS_PER_POLICY) {
      errors.push(
        `IamPolicy '${this.node.path}': statements: ${this.statements.length} statements must be at most ${MAX_STATEMENTS_PER_POLICY} per policy`,
      );
    }
    return errors;
  }
}
