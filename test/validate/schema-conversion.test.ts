import { convertProviderSchema, convertSchema, JsonSchema } from '../../lib/validate/schema-conversion';

const registrySchema: JsonSchema = {
  version: 2,
  block: {
    description: 'A container repository.',
    description_kind: 'markdown',
    attributes: {
      display_name: { type: 'string', required: true, description: 'Name of the repository.' },
      is_public: { type: 'bool', optional: true, computed: true },
      readme: { type: ['object', { content: 'string', format: 'string' }], optional: true },
      token: { type: 'string', computed: true, sensitive: true, deprecated: true },
      password: { type: 'string', optional: true, write_only: true },
      rules: {
        nested_type: { nesting_mode: 'list', attributes: { name: { type: 'string', required: true } } },
        optional: true,
      },
    },
    block_types: {
      signing: {
        nesting_mode: 'list',
        min_items: 1,
        max_items: 1,
        block: { attributes: { key_id: { type: 'string', required: true } } },
      },
      timeouts: { nesting_mode: 'single', block: { attributes: { create: { type: 'string', optional: true } } } },
      labels: { nesting_mode: 'map', block: {} },
      scope: { nesting_mode: 'group', block: {} },
      tags: { nesting_mode: 'set', block: {} },
    },
  },
};

describe('convertSchema', () => {
  const schema = convertSchema(registrySchema, 'example_repository');
  const attribute = (name: string) => schema.block.attributes.find((candidate) => candidate.name === name)!;
  const blockType = (name: string) => schema.block.block_types.find((candidate) => candidate.type_name === name)!;

  test('versions', () => {
    expect(schema.version).toBe(2);
    expect(schema.block.version).toBe(2);
    expect(blockType('signing').block.version).toBe(0);
  });

  test('block description', () => {
    expect(schema.block.description).toBe('A container repository.');
    expect(schema.block.description_kind).toBe('MARKDOWN');
    expect(schema.block.deprecated).toBe(false);
  });

  test('cty type as JSON bytes', () => {
    expect(attribute('display_name').type!.toString('utf8')).toBe('"string"');
    expect(attribute('readme').type!.toString('utf8')).toBe('["object",{"content":"string","format":"string"}]');
  });

  test('attribute flags', () => {
    expect(attribute('display_name')).toMatchObject({ required: true, optional: false, computed: false, sensitive: false, description_kind: 'PLAIN' });
    expect(attribute('is_public')).toMatchObject({ required: false, optional: true, computed: true });
    expect(attribute('token')).toMatchObject({ computed: true, sensitive: true, deprecated: true });
    expect(attribute('password').write_only).toBe(true);
    expect(attribute('display_name').description).toBe('Name of the repository.');
  });

  test('nested attribute type', () => {
    const rules = attribute('rules');

    expect(rules.type).toBeUndefined();
    expect(rules.nested_type!.nesting).toBe('LIST');
    expect(rules.nested_type!.attributes.map((nested) => nested.name)).toEqual(['name']);
    expect(rules.nested_type!.attributes[0].type!.toString('utf8')).toBe('"string"');
  });

  test('block nesting modes', () => {
    expect(blockType('signing').nesting).toBe('LIST');
    expect(blockType('timeouts').nesting).toBe('SINGLE');
    expect(blockType('labels').nesting).toBe('MAP');
    expect(blockType('scope').nesting).toBe('GROUP');
    expect(blockType('tags').nesting).toBe('SET');
  });

  test('block item limits', () => {
    expect(blockType('signing')).toMatchObject({ min_items: 1, max_items: 1 });
    expect(blockType('timeouts')).toMatchObject({ min_items: 0, max_items: 0 });
  });

  test('unknown block nesting mode', () => {
    const bad: JsonSchema = { block: { block_types: { rule: { nesting_mode: 'tuple', block: {} } } } };

    expect(() => convertSchema(bad, 'example_thing')).toThrow(
      "Block 'example_thing.rule' has nesting mode 'tuple', which is not one of single, list, set, map, group.",
    );
  });

  test('group mode on nested attribute', () => {
    const bad: JsonSchema = { block: { attributes: { rule: { nested_type: { nesting_mode: 'group', attributes: {} }, optional: true } } } };

    expect(() => convertSchema(bad, 'example_thing')).toThrow(
      "Attribute 'example_thing.rule' has nesting mode 'group', which is not one of single, list, set, map.",
    );
  });

  test('attribute without type', () => {
    const bad: JsonSchema = { block: { attributes: { name: { optional: true } } } };

    expect(() => convertSchema(bad, 'example_thing')).toThrow("Attribute 'example_thing.name' has neither a type nor a nested_type.");
  });
});

describe('convertProviderSchema', () => {
  test('maps resources and data sources by type name', () => {
    const converted = convertProviderSchema({
      provider: { block: { attributes: { region: { type: 'string', optional: true } } } },
      resource_schemas: { example_repository: registrySchema },
      data_source_schemas: { example_repositories: { block: { attributes: { ids: { type: ['list', 'string'], computed: true } } } } },
    });

    expect(converted.provider.block.attributes.map((attribute) => attribute.name)).toEqual(['region']);
    expect(Object.keys(converted.resourceSchemas)).toEqual(['example_repository']);
    expect(Object.keys(converted.dataSourceSchemas)).toEqual(['example_repositories']);
    expect(converted.dataSourceSchemas.example_repositories.block.attributes[0].type!.toString('utf8')).toBe('["list","string"]');
  });

  test('no resources or data sources', () => {
    const converted = convertProviderSchema({ provider: { block: {} } });

    expect(converted.resourceSchemas).toEqual({});
    expect(converted.dataSourceSchemas).toEqual({});
  });
});
