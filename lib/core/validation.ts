import { Token } from 'cdktf';
import { IConstruct } from 'constructs';

/** One broken rule: which property, the value given, and what is allowed. */
export interface ValidationProblem {
  /** Property path as the user wrote it, such as `nodePools[1].ocpus`. */
  readonly property: string;
  /** The value that breaks the rule. */
  readonly value: unknown;
  /** Rule the value breaks, as a sentence fragment such as `must be at most 255 characters`. */
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

/**
 * Formats a value for an error message: strings quoted, numbers as JavaScript prints them (so NaN and
 * Infinity stay visible), other values as JSON. A value that JSON cannot represent, such as a
 * construct, which refers to itself, is shown with `String(value)`.
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') {
    return `'${value}'`;
  }
  if (value === undefined || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') {
    return String(value);
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function formatProblems(constructType: string, constructPath: string, problems: readonly ValidationProblem[]): string {
  const lines = problems.map((p) => `  - ${p.property}: ${formatValue(p.value)} ${p.rule}`);
  return `${constructType} '${constructPath}' has invalid configuration:\n${lines.join('\n')}`;
}

/**
 * Returns true when the value is, or contains, a token that Terraform resolves later.
 *
 * That includes the elements of a token list: `Token.asList(x)` and `variable.listValue` are arrays
 * of one encoded element (`#{TfToken[...]}`), which `Token.isUnresolved` does not recognize on its own.
 */
export function isUnresolved(value: unknown): boolean {
  if (typeof value === 'string' || typeof value === 'number') {
    // A one-element array is how cdktf tests for list token elements, strings and numbers alike.
    return Token.isUnresolved(value) || Token.isUnresolved([value]);
  }
  if (Array.isArray(value)) {
    return Token.isUnresolved(value) || value.some((item) => isUnresolved(item));
  }
  return value !== undefined && value !== null && Token.isUnresolved(value);
}

/**
 * Returns true when the list is a token, such as `variable.listValue` or `Token.asList(...)`: Terraform
 * resolves its length and elements only at plan time, so checks of its length or of each element must skip it.
 */
export function isUnresolvedList(list: unknown): boolean {
  return Array.isArray(list) && (Token.isUnresolved(list) || list.some((item) => (typeof item === 'string' || typeof item === 'number') && Token.isUnresolved([item])));
}

/**
 * Calls `action` for each element of `list` that is known at synth time, with its index. Does nothing
 * when the list is a token ({@link isUnresolvedList}), and skips elements that are unresolved tokens.
 */
export function forEachKnown<T>(list: readonly T[] | undefined, action: (item: T, index: number) => void): void {
  if (list === undefined || !Array.isArray(list) || isUnresolvedList(list)) {
    return;
  }
  list.forEach((item, index) => {
    if (!isUnresolved(item)) {
      action(item, index);
    }
  });
}

/** Options of the type checks of {@link Validator}. */
export interface TypeCheckOptions {
  /**
   * Advice for a missing value, recorded as `is missing: <missing>`. Without it an undefined value
   * passes, as optional props do. @default - undefined passes
   */
  readonly missing?: string;
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

  /**
   * Records `must be a string` unless the value is a string or an unresolved token. Returns true when
   * the value is a string, so that checks of its content can follow.
   */
  public requireString(property: string, value: unknown, options: TypeCheckOptions = {}): boolean {
    return this.requireType(property, value, typeof value === 'string', 'must be a string', options);
  }

  /**
   * Records `must be true or false` unless the value is a boolean or an unresolved token, so that a
   * string such as `'true'` is not taken for either. Returns true when the value is a boolean.
   */
  public requireBoolean(property: string, value: unknown, options: TypeCheckOptions = {}): boolean {
    return this.requireType(property, value, typeof value === 'boolean', 'must be true or false', options);
  }

  /** Records `must be a number` unless the value is a number other than NaN, or an unresolved token. Returns true when it is. */
  public requireNumber(property: string, value: unknown, options: TypeCheckOptions = {}): boolean {
    return this.requireType(property, value, typeof value === 'number' && !Number.isNaN(value), 'must be a number', options);
  }

  /** Records `must be an object` unless the value is an object that is neither null nor an array. Returns true when it is. */
  public requireObject(property: string, value: unknown, options: TypeCheckOptions = {}): boolean {
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    return this.requireType(property, value, isObject, 'must be an object', options);
  }

  /**
   * Records `must be an array` unless the value is an array or an unresolved token. Returns true when
   * it is an array; a token list is one too, so iterate it with {@link forEachKnown}.
   */
  public requireArray(property: string, value: unknown, options: TypeCheckOptions = {}): boolean {
    return this.requireType(property, value, Array.isArray(value), 'must be an array', options);
  }

  /**
   * Records a problem unless the value is one of `allowed` or an unresolved token: `is not <kind>: use 'A' or 'B'`
   * when `kind` is given, such as `a readme format`, otherwise `must be 'A' or 'B'`. Returns true when the value is allowed.
   */
  public requireOneOf<T>(property: string, value: unknown, allowed: readonly T[], kind?: string, options: TypeCheckOptions = {}): value is T {
    const choices = describeChoices(allowed);
    const rule = kind === undefined ? `must be ${choices}` : `is not ${kind}: use ${choices}`;
    return this.requireType(property, value, allowed.includes(value as T), rule, options);
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

  private requireType(property: string, value: unknown, valid: boolean, rule: string, options: TypeCheckOptions): boolean {
    if (value === undefined) {
      if (options.missing !== undefined) {
        this.add(property, value, `is missing: ${options.missing}`);
      }
      return false;
    }
    if (!valid && !isUnresolved(value)) {
      this.add(property, value, rule);
    }
    return valid;
  }
}

/** Lists choices for a message: `'A'`, `'A' or 'B'`, `'A', 'B' or 'C'`. */
function describeChoices(choices: readonly unknown[]): string {
  const formatted = choices.map((choice) => formatValue(choice));
  return formatted.length <= 1 ? formatted.join('') : `${formatted.slice(0, -1).join(', ')} or ${formatted[formatted.length - 1]}`;
}
