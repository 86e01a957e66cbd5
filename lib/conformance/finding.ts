/** Category of a {@link ConformanceFinding}, for filtering and for tests. */
export type ConformanceProblem =
  /** A resource or data source type that the provider schema does not define. */
  | 'unknown-type'
  /** A key that the schema defines neither as an argument nor as a block type (or, in an object value, as an attribute). */
  | 'unknown-name'
  /** A `dynamic` block, or an `ignore_changes` entry, naming something the schema does not define as a block type or argument. */
  | 'unknown-block'
  /** A required argument, or an attribute an object type requires, that is missing or null. */
  | 'missing-argument'
  /** An argument the provider computes, set in the configuration. */
  | 'computed-argument'
  /** Fewer blocks (or nested objects) than the schema's min_items. */
  | 'too-few-items'
  /** More blocks (or nested objects) than the schema's max_items, or a second block of a single block type. */
  | 'too-many-items'
  /** A value whose JSON shape Terraform cannot convert to the argument's type. */
  | 'wrong-type'
  /** A block written as something other than a JSON object or an array of objects. */
  | 'invalid-block'
  /** A `dynamic` block without for_each or content, or with keys Terraform does not know. */
  | 'invalid-dynamic-block'
  /** A meta-argument (count, for_each, provider, depends_on, lifecycle and the like) with an invalid key or value. */
  | 'invalid-meta-argument'
  /** A `provider` meta-argument naming an alias that no provider block declares. */
  | 'unknown-provider-alias';

/** One place where a synthesized Terraform JSON document does not conform to the provider schema. */
export interface ConformanceFinding {
  /** JSON path of the value, such as `resource.oci_core_subnet.workers.cidr_block`. */
  readonly path: string;
  /** Category of the problem. */
  readonly kind: ConformanceProblem;
  /** Description of the problem, as a sentence fragment about the path, such as `is required but missing`. */
  readonly problem: string;
  /** Values the schema allows at the path, such as `list(string)`. */
  readonly allowed: string;
}

/** Formats a finding as one line: the path, the problem and what the schema allows. */
export function formatFinding(finding: ConformanceFinding): string {
  return `${finding.path}: ${finding.problem}. Allowed: ${finding.allowed}.`;
}
