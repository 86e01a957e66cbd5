import { checkBlockBody } from './block-body';
import { ConformanceFinding } from './finding';
import { FindingList, JsonObject, indexPath, isJsonObject, keyPath } from './finding-list';
import {
  ConfigurationKind,
  DATA_META_ARGUMENTS,
  DeclaredAliases,
  IDENTIFIER_PATTERN,
  PROVIDER_META_ARGUMENTS,
  RESOURCE_META_ARGUMENTS,
  checkMetaArguments,
  checkProviderMetaArguments,
  parseProviderReference,
} from './meta-arguments';
import { ProviderSchema, ProviderSchemas, loadPinnedProviderSchema } from './provider-schema';
import { closestName } from './closest-name';

/** A provider the schema covers, under the local name the document uses for it. */
interface KnownProvider {
  /** Source address, such as `registry.terraform.io/oracle/oci`. */
  readonly address: string;
  /** Schemas of the provider's configuration, resource types and data source types. */
  readonly schema: ProviderSchema;
}

/**
 * Checks a synthesized Terraform JSON document (a parsed `cdk.tf.json`) against a provider schema.
 *
 * The check covers every `provider.<name>` block, `resource.<type>.<name>` and `data.<type>.<name>` of
 * a provider the schema covers. The type must exist, and every key must be an argument, a block type,
 * a meta-argument or a `//` comment. Required arguments and min_items blocks must be present, max_items
 * must be kept, and computed-only arguments must not be set. Values must have a JSON shape Terraform
 * converts to their type. A string that is one `${...}` expression passes wherever a value goes,
 * because only Terraform determines its type.
 *
 * Resource types belong to the provider named by their `provider` meta-argument, or else by the
 * prefix before the first underscore, as Terraform infers it. A local name maps to a schema through
 * `terraform.required_providers`, or else through the last segment of the schema's source address.
 *
 * @param terraformJson the parsed document
 * @param schema output of `terraform providers schema -json`, or the pinned oracle/oci 8.22.0 schema the bindings come from when left out
 * @returns the findings in document order, empty when the document conforms
 */
export function checkConformance(terraformJson: unknown, schema: ProviderSchemas = loadPinnedProviderSchema()): ConformanceFinding[] {
  if (!isJsonObject(terraformJson)) {
    throw new TypeError('checkConformance needs a parsed Terraform JSON document (an object), such as JSON.parse of a cdk.tf.json file.');
  }

  const providers = resolveProviders(terraformJson, schema);
  const aliases = declaredAliases(terraformJson.provider);
  const findings = new FindingList();

  checkProviderBlocks(terraformJson.provider, providers, findings);
  checkConfigurations(terraformJson.resource, 'resource', providers, aliases, findings);
  checkConfigurations(terraformJson.data, 'data', providers, aliases, findings);
  return findings.items;
}

/** Maps each provider local name the document may use to the schema that covers it. */
function resolveProviders(document: JsonObject, schema: ProviderSchemas): Map<string, KnownProvider> {
  const providers = new Map<string, KnownProvider>();
  for (const [address, providerSchema] of Object.entries(schema.provider_schemas)) {
    const localName = address.split('/').pop() as string;
    providers.set(localName, { address, schema: providerSchema });
  }

  // required_providers may give a provider another local name than the last segment of its address.
  const terraform = isJsonObject(document.terraform) ? document.terraform : {};
  const requiredProviders = isJsonObject(terraform.required_providers) ? terraform.required_providers : {};
  for (const [localName, requirement] of Object.entries(requiredProviders)) {
    const source = isJsonObject(requirement) && typeof requirement.source === 'string' ? normalizeSource(requirement.source) : undefined;
    const providerSchema = source === undefined ? undefined : Object.entries(schema.provider_schemas).find(([address]) => address.toLowerCase() === source);
    if (providerSchema) {
      providers.set(localName, { address: providerSchema[0], schema: providerSchema[1] });
    }
  }
  return providers;
}

/** Expands a short source address such as `oracle/oci` to `registry.terraform.io/oracle/oci`. */
function normalizeSource(source: string): string {
  const lower = source.toLowerCase();
  return lower.split('/').length === 2 ? `registry.terraform.io/${lower}` : lower;
}

function declaredAliases(providerSection: unknown): DeclaredAliases {
  const aliases = new Map<string, Set<string>>();
  for (const { key: localName, value } of entriesOf(providerSection, 'provider')) {
    const declared = aliases.get(localName) ?? new Set<string>();
    for (const { body } of bodiesOf(value, '')) {
      // An invalid alias gets its own finding, and listing it among the declared configurations would mislead.
      if (typeof body.alias === 'string' && IDENTIFIER_PATTERN.test(body.alias)) {
        declared.add(body.alias);
      }
    }
    aliases.set(localName, declared);
  }
  return aliases;
}

function checkProviderBlocks(providerSection: unknown, providers: Map<string, KnownProvider>, findings: FindingList): void {
  for (const { key: localName, value, path } of entriesOf(providerSection, 'provider', findings)) {
    const provider = providers.get(localName);
    if (!provider) {
      continue;
    }
    for (const { body, path: bodyPath } of bodiesOf(value, path, findings)) {
      checkProviderMetaArguments(body, bodyPath, findings);
      checkBlockBody(body, provider.schema.provider.block, { path: bodyPath, owner: `provider ${localName}` }, findings, PROVIDER_META_ARGUMENTS);
    }
  }
}

function checkConfigurations(
  section: unknown,
  kind: ConfigurationKind,
  providers: Map<string, KnownProvider>,
  aliases: DeclaredAliases,
  findings: FindingList,
): void {
  for (const { key: typeName, value: instances, path: typePath } of entriesOf(section, kind, findings)) {
    let reportedUnknownType = false;

    for (const { value, path: namePath } of entriesOf(instances, typePath, findings)) {
      for (const { body, path } of bodiesOf(value, namePath, findings)) {
        const localName = parseProviderReference(body.provider)?.localName ?? typeName.split('_')[0];
        const provider = providers.get(localName);
        if (!provider) {
          // NOTE: types of providers the schema does not cover (kubernetes, helm, null...) are not checked.
          continue;
        }

        const schemas = (kind === 'resource' ? provider.schema.resource_schemas : provider.schema.data_source_schemas) ?? {};
        const entry = Object.prototype.hasOwnProperty.call(schemas, typeName) ? schemas[typeName] : undefined;
        if (!entry) {
          if (!reportedUnknownType) {
            findings.add(typePath, 'unknown-type', unknownTypeProblem(typeName, kind, provider.address, Object.keys(schemas)), `one of the ${Object.keys(schemas).length} ${kindNoun(kind)} types of ${provider.address} in the schema`);
            reportedUnknownType = true;
          }
          continue;
        }

        checkMetaArguments(body, { kind, path, typeName, block: entry.block, aliases }, findings);
        checkBlockBody(body, entry.block, { path, owner: typeName }, findings, kind === 'resource' ? RESOURCE_META_ARGUMENTS : DATA_META_ARGUMENTS);
      }
    }
  }
}

function kindNoun(kind: ConfigurationKind): string {
  return kind === 'resource' ? 'resource' : 'data source';
}

function unknownTypeProblem(typeName: string, kind: ConfigurationKind, address: string, known: string[]): string {
  const closest = closestName(typeName, known);
  const problem = `is not a ${kindNoun(kind)} type of ${address}`;
  return closest === undefined ? problem : `${problem} (did you mean ${closest}?)`;
}

/**
 * Returns the key-value pairs of an object section of the document, such as the types under `resource`.
 * Terraform's JSON syntax also allows an array of such objects at each level, so arrays are flattened.
 */
function entriesOf(value: unknown, path: string, findings?: FindingList): Array<{ key: string; value: unknown; path: string }> {
  if (value === undefined || value === null) {
    return [];
  }
  if (isJsonObject(value)) {
    return Object.entries(value)
      .filter(([key]) => key !== '//')
      .map(([key, item]) => ({ key, value: item, path: keyPath(path, key) }));
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => entriesOf(item, indexPath(path, index), findings));
  }
  findings?.add(path, 'invalid-block', 'is not a JSON object', 'a JSON object or an array of JSON objects');
  return [];
}

/** Returns the block bodies of a value written as one JSON object or an array of them. */
function bodiesOf(value: unknown, path: string, findings?: FindingList): Array<{ body: JsonObject; path: string }> {
  if (isJsonObject(value)) {
    return [{ body: value, path }];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => bodiesOf(item, indexPath(path, index), findings));
  }
  findings?.add(path, 'invalid-block', 'is not a JSON object', 'a JSON object or an array of JSON objects');
  return [];
}
