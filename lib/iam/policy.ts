import { dependable, Fn, ITerraformDependable, Lazy, Token } from 'cdktf';
import { Construct } from 'constructs';
import { IdentityPolicy } from '../generated/providers/oci/identity-policy';
import { OciEnvironment } from '../core/environment';
import { COMPARTMENT_OCID_KINDS, checkOcid } from '../core/ocid';
import { forEachKnown, isUnresolved, Validator } from '../core/validation';
import { warnRisk } from '../core/warnings';
import { checkIdentityDescription, checkIdentityName, checkUniqueIdentityName, claimIdentityName } from './identity-names';
import { PolicyParseError } from './policy-parser';
import { PolicyStatement, PolicyVerb, ResourceType } from './policy-statement';
import { containsReference, isListTokenElement, isReferenceOnly } from './references';

/**
 * Maximum number of statements in one OCI policy: 50. Oracle documents it for Private Cloud
 * Appliance, and Oracle's OCI Landing Zone IAM modules split tenancy grants across policies because
 * of the same limit. OCI also caps the statements of all policies along one compartment path, from
 * the root to a leaf, at 500 (OCI "Policy Statements Limit per Compartment Hierarchy").
 */
export const MAX_STATEMENTS_PER_POLICY = 50;

/** Warning id for statements that grant `manage` on all resources, or on a whole family in the tenancy. */
export const BROAD_GRANT_WARNING = 'oci:broad-grant';

/** Props of {@link IamPolicy}. */
export interface IamPolicyProps {
  /** Policy name, unique in the tenancy: 1 to 100 letters, digits, `.`, `-` and `_`. */
  readonly name: string;
  /** Description shown in the console, at most 400 characters. @default - 'Managed by cdktf' */
  readonly description?: string;
  /** OCID of the compartment the policy is attached to; statements may only name it or its children. @default - the tenancy */
  readonly compartmentOcid?: string;
  /**
   * Statements of the policy, as objects or as text in OCI's policy language, which is parsed at once.
   * A list token, or a text that is a reference as a whole, is written as given and checked by OCI at apply.
   * More can be added with {@link IamPolicy.addStatements}. @default - none
   */
  readonly statements?: Array<PolicyStatement | string>;
  /**
   * Compartments below `compartmentOcid` that statements may name by OCID. The library cannot see
   * the compartment tree, so a statement naming any other compartment than the policy's own is an
   * error unless that compartment is listed here. A list token, or a token among the OCIDs, turns
   * that check off, because the list is only known at plan time. @default - none
   */
  readonly childCompartmentOcids?: string[];
  /** Free-form tags. @default - none */
  readonly freeformTags?: Record<string, string>;
  /** Defined tags, keyed `<namespace>.<key>`. @default - none */
  readonly definedTags?: Record<string, string>;
}

/**
 * One entry of a policy's statement list, in the order added: a statement the library checked, the
 * text of a statement that is a reference as a whole, or a list token of statements.
 */
type StatementEntry =
  | { readonly kind: 'statement'; readonly text: string; readonly statement: PolicyStatement }
  | { readonly kind: 'reference'; readonly text: string }
  | { readonly kind: 'list'; readonly text: string; readonly list: string[] };

/**
 * An OCI IAM policy, written in the home region. Statements added after construction are
 * rendered at synth time.
 *
 * Statements are checked where they are added, and text must parse. References (`${...}`) inside a
 * text are opaque words, so only the literal text around them is checked. OCI lets a policy grant only in
 * its own compartment and the ones below it. So a policy attached to a compartment other than the
 * tenancy may not grant in the tenancy, nor in another compartment named by OCID.
 */
export class IamPolicy extends Construct {
  /** The policy resource. */
  public readonly resource: IdentityPolicy;
  /** Policy name. */
  public readonly name: string;
  /** OCID of the compartment the policy is attached to. */
  public readonly compartmentOcid: string;

  private readonly entries: StatementEntry[] = [];
  // Texts of `entries`, so that the duplicate check is one lookup instead of a rendering of every
  // statement: GrantPolicies checks each policy of a compartment on every grant.
  private readonly entryTexts = new Set<string>();
  private readonly tenancyOcid: string;
  private readonly childCompartmentOcids: readonly string[];
  // False when childCompartmentOcids is, or contains, a token: any compartment may then be listed.
  private readonly childCompartmentsKnown: boolean;
  private readonly dependencies = new Set<ITerraformDependable>();
  private broadGrantsWarned = false;

  constructor(scope: Construct, id: string, props: IamPolicyProps) {
    super(scope, id);
    const environment = OciEnvironment.of(this);
    this.name = props.name;
    this.compartmentOcid = props.compartmentOcid ?? environment.tenancyOcid;
    this.tenancyOcid = environment.tenancyOcid;

    const validator = new Validator(this, 'IamPolicy');
    // NOTE: the character rule is the one OCI documents for group names and Private Cloud Appliance
    // documents for policy names. OCI's commercial documentation gives none for policy names.
    checkIdentityName(validator, 'name', props.name, 'policy');
    checkIdentityDescription(validator, 'description', props.description);
    checkOcid(validator, 'compartmentOcid', props.compartmentOcid, COMPARTMENT_OCID_KINDS);
    const children = checkChildCompartments(validator, props.childCompartmentOcids);
    this.childCompartmentOcids = children.ocids;
    this.childCompartmentsKnown = children.known;
    checkUniqueIdentityName(this, validator, 'policy', props.name, environment.tenancyOcid);
    const initialEntries = props.statements === undefined ? [] : this.checkStatements(validator, 'statements', props.statements);
    validator.throwIfInvalid();
    claimIdentityName(this, 'IamPolicy', 'policy', props.name, environment.tenancyOcid);

    this.resource = new IdentityPolicy(this, 'resource', {
      provider: environment.homeProvider,
      compartmentId: this.compartmentOcid,
      name: props.name,
      description: props.description ?? 'Managed by cdktf',
      statements: Lazy.listValue({ produce: () => this.statementTexts }),
      freeformTags: props.freeformTags,
      definedTags: props.definedTags,
    });

    this.pushEntries(initialEntries);
    this.node.addValidation({ validate: () => this.validateStatements() });
  }

  /**
   * Adds statements, given as objects or as text in OCI's policy language. Every statement is
   * checked before any is added, and a statement already present is not added twice. Returns this policy.
   */
  public addStatements(...statements: Array<PolicyStatement | string>): this {
    return this.addChecked('addStatements', statements);
  }

  /** Adds statements written in OCI's policy language, such as `Allow group ci to use repos in tenancy`. Returns this policy. */
  public addStatementText(...texts: string[]): this {
    return this.addChecked('addStatementText', texts);
  }

  /** True when the policy already contains a statement with this text. */
  public hasStatement(text: string): boolean {
    return this.entryTexts.has(text);
  }

  /** Number of distinct statements so far, without the statements of list tokens, which are unknown until plan time. */
  public get statementCount(): number {
    return this.entries.filter((entry) => entry.kind !== 'list').length;
  }

  /**
   * Statement texts as they will be written to the policy. When statements were given as list tokens,
   * this is a list token too, a Terraform `concat()` of those lists and the other statements in the order added.
   */
  public get statementTexts(): string[] {
    if (!this.entries.some((entry) => entry.kind === 'list')) {
      return this.entries.map((entry) => entry.text);
    }
    const segments: string[][] = [];
    let texts: string[] | undefined;
    for (const entry of this.entries) {
      if (entry.kind === 'list') {
        segments.push(entry.list);
        texts = undefined;
      } else {
        if (!texts) {
          texts = [];
          segments.push(texts);
        }
        texts.push(entry.text);
      }
    }
    return segments.length === 1 ? segments[0] : Fn.concat(segments);
  }

  /**
   * Makes Terraform create the policy after `dependable`. OCI rejects a statement naming a group or
   * dynamic group that does not exist yet, so groups created in the same app call this when granted.
   */
  public addDependency(dependency: ITerraformDependable): void {
    if (this.dependencies.has(dependency)) {
      return;
    }
    this.dependencies.add(dependency);
    this.resource.dependsOn = [...(this.resource.dependsOn ?? []), dependable(dependency)];
  }

  private addChecked(method: string, statements: Array<PolicyStatement | string>): this {
    const validator = new Validator(this, 'IamPolicy');
    const checked = this.checkStatements(validator, method, statements);
    validator.throwIfInvalid();
    this.pushEntries(checked);
    return this;
  }

  private pushEntries(entries: StatementEntry[]): void {
    for (const entry of entries) {
      if (!this.entryTexts.has(entry.text)) {
        this.entryTexts.add(entry.text);
        this.entries.push(entry);
      }
    }
  }

  private get statements(): PolicyStatement[] {
    return this.entries.flatMap((entry) => (entry.kind === 'statement' ? [entry.statement] : []));
  }

  /**
   * Parses text statements, re-parses the text of statement objects and checks locations, recording
   * problems as `<property>[<index>]`. List tokens and texts that are references as a whole pass unchecked.
   */
  private checkStatements(validator: Validator, property: string, items: unknown): StatementEntry[] {
    if (Token.isUnresolved(items)) {
      const list = Array.isArray(items) ? (items as string[]) : Token.asList(items);
      return [{ kind: 'list', text: list[0], list }];
    }
    if (!Array.isArray(items)) {
      validator.add(property, items, 'must be a list of PolicyStatement objects or statement texts');
      return [];
    }
    const checked: StatementEntry[] = [];
    items.forEach((item: unknown, index) => {
      const itemProperty = `${property}[${index}]`;
      if (isListTokenElement(item)) {
        // The element of a spread list token, as in addStatementText(...variable.listValue).
        const text = item as string;
        checked.push({ kind: 'list', text, list: [text] });
      } else if (typeof item === 'string' && isReferenceOnly(item)) {
        checked.push({ kind: 'reference', text: item });
      } else if (typeof item === 'string' || item instanceof PolicyStatement) {
        const statement = this.checkStatement(validator, itemProperty, item);
        if (statement) {
          checked.push({ kind: 'statement', text: statement.render(), statement });
        }
      } else {
        validator.add(itemProperty, item, 'must be a PolicyStatement or the text of a policy statement');
      }
    });
    return checked;
  }

  // A statement object is valid when built, but its conditions array can change afterwards, so its
  // text is parsed again.
  private checkStatement(validator: Validator, property: string, item: PolicyStatement | string): PolicyStatement | undefined {
    const text = typeof item === 'string' ? item : item.render();
    let parsed: PolicyStatement;
    try {
      parsed = PolicyStatement.parse(text);
    } catch (error) {
      if (error instanceof PolicyParseError) {
        validator.add(property, text, `is not a valid policy statement: ${error.detail}`);
        return undefined;
      }
      throw error;
    }
    const statement = typeof item === 'string' ? parsed : item;
    this.checkLocation(validator, property, statement);
    return statement;
  }

  private checkLocation(validator: Validator, property: string, statement: PolicyStatement): void {
    const attachedTo = this.compartmentOcid;
    // Only what is certain: an unknown attachment compartment may turn out to be the tenancy.
    if (Token.isUnresolved(attachedTo) || attachedTo === this.tenancyOcid) {
      return;
    }
    const location = statement.props.location;
    const text = statement.render();
    const namesTenancy = location.kind === 'tenancy' || location.compartmentOcid === this.tenancyOcid;
    if (namesTenancy) {
      validator.add(
        property,
        text,
        `grants in the tenancy, but the policy is attached to compartment '${attachedTo}': a policy grants only in its own compartment and those below it, so attach this statement's policy to the tenancy`,
      );
      return;
    }
    const named = location.compartmentOcid;
    if (location.kind !== 'compartment-id' || named === undefined || containsReference(named) || !this.childCompartmentsKnown) {
      return;
    }
    if (named !== attachedTo && !this.childCompartmentOcids.includes(named)) {
      validator.add(
        property,
        text,
        `names compartment '${named}', but the policy is attached to compartment '${attachedTo}': attach the policy to '${named}' or a compartment above it, or list '${named}' in childCompartmentOcids if it is below '${attachedTo}'`,
      );
    }
  }

  // A list token may hold any number of statements, so it satisfies the minimum and adds nothing
  // to the count against the maximum.
  private validateStatements(): string[] {
    const errors: string[] = [];
    if (this.entries.length === 0) {
      errors.push(`IamPolicy '${this.node.path}': statements: [] must contain at least one statement`);
    }
    if (this.statementCount > MAX_STATEMENTS_PER_POLICY) {
      errors.push(
        `IamPolicy '${this.node.path}': statements: ${this.statementCount} statements must be at most ${MAX_STATEMENTS_PER_POLICY} per policy`,
      );
    }
    this.warnBroadGrants();
    return errors;
  }

  // Runs at synth rather than when statements are added, so that acknowledgeWarning() called after
  // the statements were added still applies.
  private warnBroadGrants(): void {
    if (this.broadGrantsWarned) {
      return;
    }
    this.broadGrantsWarned = true;
    for (const statement of this.statements) {
      const { verb, resourceType, location } = statement.props;
      if (verb !== PolicyVerb.MANAGE) {
        continue;
      }
      const type = resourceType.toLowerCase();
      if (type === ResourceType.ALL_RESOURCES) {
        warnRisk(this, BROAD_GRANT_WARNING, `Statement '${statement.render()}' grants manage on all-resources: grant a narrower resource type unless full control is intended`);
      } else if (type.endsWith('-family') && location.kind === 'tenancy') {
        warnRisk(
          this,
          BROAD_GRANT_WARNING,
          `Statement '${statement.render()}' grants manage on the whole ${type} in the tenancy: grant it in a compartment unless tenancy-wide control is intended`,
        );
      }
    }
  }
}

/**
 * Checks `childCompartmentOcids` and returns the OCIDs known at synth, and whether the list is
 * complete: a list token, or a token among the OCIDs, leaves it unknown.
 */
function checkChildCompartments(validator: Validator, value: unknown): { ocids: string[]; known: boolean } {
  const ocids: string[] = [];
  if (value !== undefined && validator.requireArray('childCompartmentOcids', value)) {
    forEachKnown(value as unknown[], (ocid, index) => {
      const property = `childCompartmentOcids[${index}]`;
      if (validator.requireString(property, ocid)) {
        checkOcid(validator, property, ocid as string, ['compartment']);
        ocids.push(ocid as string);
      }
    });
  }
  return { ocids, known: !isUnresolved(value) };
}
