/**
 * Conversion of a provider schema from the JSON that `terraform providers schema -json` prints to
 * the objects of Terraform's plugin protocol 6 (`tfplugin6.Schema`), ready for @grpc/proto-loader.
 */

/** Attribute of a block in the JSON schema format. */
export interface JsonSchemaAttribute {
  readonly type?: unknown;
  readonly nested_type?: JsonSchemaNestedType;
  readonly description?: string;
  readonly description_kind?: string;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly write_only?: boolean;
}

/** Nested object type of an attribute (protocol 6 only) in the JSON schema format. */
export interface JsonSchemaNestedType {
  readonly attributes: Record<string, JsonSchemaAttribute>;
  readonly nesting_mode: string;
}

/** Block in the JSON schema format. */
export interface JsonSchemaBlock {
  readonly attributes?: Record<string, JsonSchemaAttribute>;
  readonly block_types?: Record<string, JsonSchemaBlockType>;
  readonly description?: string;
  readonly description_kind?: string;
  readonly deprecated?: boolean;
}

/** Nested block type in the JSON schema format. */
export interface JsonSchemaBlockType {
  readonly nesting_mode: string;
  readonly block: JsonSchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** Versioned schema of a provider, resource type or data source in the JSON schema format. */
export interface JsonSchema {
  readonly version?: number;
  readonly block: JsonSchemaBlock;
}

/** Schemas of one provider in the JSON schema format. */
export interface JsonProviderSchema {
  readonly provider: JsonSchema;
  readonly resource_schemas?: Record<string, JsonSchema>;
  readonly data_source_schemas?: Record<string, JsonSchema>;
}

/** `tfplugin6.Schema.Attribute` as a proto-loader message object. */
export interface ProtoAttribute {
  name: string;
  type?: Buffer;
  nested_type?: ProtoObject;
  description: string;
  description_kind: string;
  required: boolean;
  optional: boolean;
  computed: boolean;
  sensitive: boolean;
  deprecated: boolean;
  write_only: boolean;
}

/** `tfplugin6.Schema.Object` as a proto-loader message object. */
export interface ProtoObject {
  attributes: ProtoAttribute[];
  nesting: string;
}

/** `tfplugin6.Schema.NestedBlock` as a proto-loader message object. */
export interface ProtoNestedBlock {
  type_name: string;
  block: ProtoBlock;
  nesting: string;
  min_items: number;
  max_items: number;
}

/** `tfplugin6.Schema.Block` as a proto-loader message object. */
export interface ProtoBlock {
  version: number;
  attributes: ProtoAttribute[];
  block_types: ProtoNestedBlock[];
  description: string;
  description_kind: string;
  deprecated: boolean;
}

/** `tfplugin6.Schema` as a proto-loader message object. */
export interface ProtoSchema {
  version: number;
  block: ProtoBlock;
}

/** Nesting modes of blocks in the JSON format, mapped to `tfplugin6.Schema.NestedBlock.NestingMode`. */
const BLOCK_NESTING_MODES: Record<string, string> = {
  single: 'SINGLE',
  list: 'LIST',
  set: 'SET',
  map: 'MAP',
  group: 'GROUP',
};

/** Nesting modes of nested attribute types, mapped to `tfplugin6.Schema.Object.NestingMode` (no group). */
const OBJECT_NESTING_MODES: Record<string, string> = {
  single: 'SINGLE',
  list: 'LIST',
  set: 'SET',
  map: 'MAP',
};

/** Converts one schema (provider, resource type or data source). `path` names it in errors. */
export function convertSchema(schema: JsonSchema, path: string): ProtoSchema {
  const version = schema.version ?? 0;
  return { version, block: convertBlock(schema.block, version, path) };
}

/** Schemas of one provider in protocol form, keyed by resource type and data source name. */
export interface ConvertedProviderSchema {
  readonly provider: ProtoSchema;
  readonly resourceSchemas: Record<string, ProtoSchema>;
  readonly dataSourceSchemas: Record<string, ProtoSchema>;
}

/** Converts the JSON schemas of one provider to the maps `GetProviderSchema.Response` carries. */
export function convertProviderSchema(providerSchema: JsonProviderSchema): ConvertedProviderSchema {
  const resourceSchemas: Record<string, ProtoSchema> = {};
  for (const [typeName, schema] of Object.entries(providerSchema.resource_schemas ?? {})) {
    resourceSchemas[typeName] = convertSchema(schema, typeName);
  }

  const dataSourceSchemas: Record<string, ProtoSchema> = {};
  for (const [typeName, schema] of Object.entries(providerSchema.data_source_schemas ?? {})) {
    dataSourceSchemas[typeName] = convertSchema(schema, `data.${typeName}`);
  }

  return { provider: convertSchema(providerSchema.provider, 'provider'), resourceSchemas, dataSourceSchemas };
}

function convertBlock(block: JsonSchemaBlock, version: number, path: string): ProtoBlock {
  const attributes = Object.entries(block.attributes ?? {}).map(([name, attribute]) => convertAttribute(name, attribute, `${path}.${name}`));
  const blockTypes = Object.entries(block.block_types ?? {}).map(([name, blockType]) => convertBlockType(name, blockType, `${path}.${name}`));
  return {
    version,
    attributes,
    block_types: blockTypes,
    description: block.description ?? '',
    description_kind: convertDescriptionKind(block.description_kind),
    deprecated: block.deprecated ?? false,
  };
}

function convertBlockType(name: string, blockType: JsonSchemaBlockType, path: string): ProtoNestedBlock {
  const nesting = BLOCK_NESTING_MODES[blockType.nesting_mode];
  if (nesting === undefined) {
    throw new Error(`Block '${path}' has nesting mode '${blockType.nesting_mode}', which is not one of ${Object.keys(BLOCK_NESTING_MODES).join(', ')}.`);
  }
  return {
    type_name: name,
    // Nested blocks carry no schema version of their own: only the top-level block does.
    block: convertBlock(blockType.block, 0, path),
    nesting,
    min_items: blockType.min_items ?? 0,
    max_items: blockType.max_items ?? 0,
  };
}

function convertAttribute(name: string, attribute: JsonSchemaAttribute, path: string): ProtoAttribute {
  const converted: ProtoAttribute = {
    name,
    description: attribute.description ?? '',
    description_kind: convertDescriptionKind(attribute.description_kind),
    required: attribute.required ?? false,
    optional: attribute.optional ?? false,
    computed: attribute.computed ?? false,
    sensitive: attribute.sensitive ?? false,
    deprecated: attribute.deprecated ?? false,
    write_only: attribute.write_only ?? false,
  };

  if (attribute.nested_type !== undefined) {
    converted.nested_type = convertNestedType(attribute.nested_type, path);
  } else if (attribute.type !== undefined) {
    // The protocol carries the cty type in the same JSON notation the schema file uses.
    converted.type = Buffer.from(JSON.stringify(attribute.type), 'utf8');
  } else {
    throw new Error(`Attribute '${path}' has neither a type nor a nested_type.`);
  }
  return converted;
}

function convertNestedType(nestedType: JsonSchemaNestedType, path: string): ProtoObject {
  const nesting = OBJECT_NESTING_MODES[nestedType.nesting_mode];
  if (nesting === undefined) {
    throw new Error(`Attribute '${path}' has nesting mode '${nestedType.nesting_mode}', which is not one of ${Object.keys(OBJECT_NESTING_MODES).join(', ')}.`);
  }
  return {
    attributes: Object.entries(nestedType.attributes).map(([name, attribute]) => convertAttribute(name, attribute, `${path}.${name}`)),
    nesting,
  };
}

function convertDescriptionKind(kind: string | undefined): string {
  return kind === 'markdown' ? 'MARKDOWN' : 'PLAIN';
}
