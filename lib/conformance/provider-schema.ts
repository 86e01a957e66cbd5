import * as fs from 'fs';
import * as path from 'path';

/**
 * The output of `terraform providers schema -json`, as far as the conformance check reads it.
 *
 * The field names follow Terraform's JSON format (format_version 1.0), so the types read as snake_case.
 */
export interface ProviderSchemas {
  /** Version of the JSON format, such as `1.0`. */
  readonly format_version: string;
  /** Schemas keyed by provider source address, such as `registry.terraform.io/oracle/oci`. */
  readonly provider_schemas: { readonly [sourceAddress: string]: ProviderSchema };
}

/** Schemas of one provider: its configuration block, resource types and data source types. */
export interface ProviderSchema {
  /** Schema of the `provider` block. */
  readonly provider: SchemaEntry;
  /** Schemas of resource types, keyed by type name. */
  readonly resource_schemas?: { readonly [type: string]: SchemaEntry };
  /** Schemas of data source types, keyed by type name. */
  readonly data_source_schemas?: { readonly [type: string]: SchemaEntry };
}

/** A versioned block schema, as Terraform writes it for providers, resources and data sources. */
export interface SchemaEntry {
  /** Schema version of the type. */
  readonly version: number;
  /** The top-level block. */
  readonly block: SchemaBlock;
}

/** Arguments and nested block types of one block. */
export interface SchemaBlock {
  /** Arguments keyed by name. */
  readonly attributes?: { readonly [name: string]: SchemaAttribute };
  /** Nested block types keyed by name. */
  readonly block_types?: { readonly [name: string]: SchemaBlockType };
}

/**
 * A type in cty's JSON form: `"string"`, `"number"`, `"bool"`, `"dynamic"`, `["list", T]`, `["set", T]`,
 * `["map", T]`, `["object", { name: T }]` (with an optional third element listing optional attributes) or
 * `["tuple", [T, ...]]`.
 */
export type CtyType = string | readonly [string, unknown] | readonly [string, unknown, unknown];

/** One argument of a block. It has either `type` or `nested_type`. */
export interface SchemaAttribute {
  /** Value type of a plain argument. */
  readonly type?: CtyType;
  /** Attribute set of a nested-attribute argument (protocol 6 providers). */
  readonly nested_type?: SchemaNestedType;
  /** True when the configuration must set it. */
  readonly required?: boolean;
  /** True when the configuration may set it. */
  readonly optional?: boolean;
  /** True when the provider may compute it. Computed and not optional means the configuration must not set it. */
  readonly computed?: boolean;
  /** True when Terraform hides the value in its output. */
  readonly sensitive?: boolean;
  /** True when the provider marks the argument as deprecated. */
  readonly deprecated?: boolean;
}

/** The attributes of a nested-attribute argument and how many objects it holds. */
export interface SchemaNestedType {
  /** Attributes of each object. */
  readonly attributes: { readonly [name: string]: SchemaAttribute };
  /** `single`, `list`, `set` or `map`. */
  readonly nesting_mode: NestingMode;
  /** Minimum number of objects. */
  readonly min_items?: number;
  /** Maximum number of objects. */
  readonly max_items?: number;
}

/** How many blocks of a type a block holds and how they are keyed. */
export type NestingMode = 'single' | 'group' | 'list' | 'set' | 'map';

/** A nested block type. */
export interface SchemaBlockType {
  /** `single`, `group`, `list`, `set` or `map`. */
  readonly nesting_mode: NestingMode;
  /** Contents of each block. */
  readonly block: SchemaBlock;
  /** Minimum number of blocks. */
  readonly min_items?: number;
  /** Maximum number of blocks. */
  readonly max_items?: number;
}

/** File name of the provider schema the bindings in lib/generated come from. */
export const PINNED_SCHEMA_FILE = 'oracle-oci-8.22.0.schema.json';

let pinnedSchema: ProviderSchemas | undefined;

/**
 * Loads the pinned OCI provider schema (oracle/oci 8.22.0, cut to the types this library uses).
 *
 * The file is read once and cached, because every check of a stack needs it.
 */
export function loadPinnedProviderSchema(): ProviderSchemas {
  if (!pinnedSchema) {
    pinnedSchema = readProviderSchemas(pinnedSchemaPath());
  }
  return pinnedSchema;
}

/** Returns the path of the pinned schema file in the package's `schema` folder. */
export function pinnedSchemaPath(): string {
  // This file runs from lib/conformance in the source tree and from dist/lib/conformance in the
  // published package, while the schema folder sits at the package root in both.
  const candidates = [
    path.join(__dirname, '..', '..', 'schema', PINNED_SCHEMA_FILE),
    path.join(__dirname, '..', '..', '..', 'schema', PINNED_SCHEMA_FILE),
  ];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) {
    throw new Error(`Provider schema ${PINNED_SCHEMA_FILE} not found: looked in ${candidates.join(' and ')}.`);
  }
  return found;
}

/** Reads a `terraform providers schema -json` output file and checks that it has the expected shape. */
export function readProviderSchemas(file: string): ProviderSchemas {
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const schemas = parsed as Partial<ProviderSchemas> | null;
  if (typeof schemas !== 'object' || schemas === null || typeof schemas.provider_schemas !== 'object' || schemas.provider_schemas === null) {
    throw new Error(`${file} is not a provider schema document: expected the output of \`terraform providers schema -json\` with a provider_schemas object.`);
  }
  return schemas as ProviderSchemas;
}
