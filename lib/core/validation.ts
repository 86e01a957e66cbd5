import { Token } from 'cdktf';
import { IConstruct } from 'constructs';

/** One broken rule: which property, the value given, and what is allowed. */
export interface ValidationProblem {
  /** Property path as the user wrote it, such as `nodePools[1].ocpus`. */
  readonly property: string;
  /** The value that breaks the rule. */
  readonly value: unknown;
  /** What is allowed, as a sentence fragment such as `must be at most 255 characters`. */
  readonly rule: string;
}

/**
 * Error thrown when a construct is given invalid input.
 *
 * The message names the construct type and path, then one line per problem with the property, the
 * value and the rule, so every problem is reported at once instead of one per run.
 */
export class OciValidationError extends Error {
  public readonly problems: readonly ValidationProblem[];

  constructor(public readonly constructType: string, public readonly constructPath: string, problems: readonly ValidationProblem[]) {
    super(formatProblems(constructType, constructPath, problems));
    this.name = 'OciValidationError';
    this.problems = problems;
  }
}

/** Formats a value for an error message: strings quoted, other values as JSON. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') {
    return `'${value}'`;
  }
  if (value === undefined) {
    return 'undefined';
  }
  return JSON.stringify(value);
}

function formatProblems(constructType: string, constructPath: string, problems: readonly ValidationProblem[]): string {
  const lines = problems.map((p) => `  - ${p.property}: ${formatValue(p.value)} ${p.rule}`);
  return `${constructType} '${constructPath}' has invalid configuration:\n${lines.join('\n')}`;
}

/** Returns true when the value is, or contains, a token that Terraform resolves later. */
export function isUnresolved(value: unknown): boolean {
  if (typeof value === 'string' || typeof value === 'number') {
    return Token.isUnresolved(value);
  }
  if (Array.isArray(value)) {
    return Token.isUnresolved(value) || value.some((item) => isUnresolved(item));
  }
  return value !== undefined && value !== null && Token.isUnresolved(value);
}

/**
 * Collects the problems of one construct's input and throws them together.
 *
 * Checks skip values that are unresolved tokens (`${...}` references), because those are only
 * known to Terraform at plan time.
 */
export class Validator {
  private readonly problems: ValidationProblem[] = [];

  /**
   * @param scope the construct being validated, named by its path in the message
   * @param constructType the class name shown in the message, such as `ContainerRepository`
   */
  constructor(private readonly scope: IConstruct, private readonly constructType: string) {}

  /** Records a problem unconditionally. */
  public add(property: string, value: unknown, rule: string): this {
    this.problems.push({ property, value, rule });
    return this;
  }

  /** Records a problem when `valid` is false and the value is known at synth time. */
  public check(property: string, value: unknown, valid: boolean, rule: string): this {
    if (!valid && !isUnresolved(value)) {
      this.add(property, value, rule);
    }
    return this;
  }

  /** True when no problem has been recorded. */
  public get ok(): boolean {
    return this.problems.length === 0;
  }

  /** Problems recorded so far. */
  public get recorded(): readonly ValidationProblem[] {
    return this.problems;
  }

  /** Throws an {@link OciValidationError} listing every recorded problem, if there is any. */
  public throwIfInvalid(): void {
    if (this.problems.length > 0) {
      throw new OciValidationError(this.constructType, this.scope.node.path, this.problems);
    }
  }
}
