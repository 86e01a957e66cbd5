import { ProviderSchemas, checkConformance } from '../../lib/conformance';

/**
 * A small provider schema with the forms the pinned OCI schema lacks: nested attributes (protocol 6),
 * map-nested blocks, tuple, object and dynamic types, and a sensitive number.
 */
const SCHEMA: ProviderSchemas = {
  format_version: '1.0',
  provider_schemas: {
    'registry.terraform.io/example/example': {
      provider: { version: 0, block: { attributes: { endpoint: { type: 'string', required: true } } } },
      resource_schemas: {
        example_thing: {
          version: 0,
          block: {
            attributes: {
              name: { type: 'string', required: true },
              pin: { type: 'number', optional: true, sensitive: true },
              range: { type: ['tuple', ['string', 'number']], optional: true },
              owner: { type: ['object', { name: 'string', email: 'string' }, ['email']], optional: true },
              settings: { type: 'dynamic', optional: true },
              rules: {
                nested_type: {
                  nesting_mode: 'list',
                  attributes: {
                    port: { type: 'number', required: true },
                    protocol: { type: 'string', optional: true },
                    id: { type: 'string', computed: true },
                  },
                  max_items: 2,
                },
                optional: true,
              },
              primary: {
                nested_type: { nesting_mode: 'single', attributes: { host: { type: 'string', required: true } } },
                optional: true,
              },
            },
            block_types: {
              listener: {
                nesting_mode: 'map',
                block: { attributes: { port: { type: 'number', required: true } } },
              },
            },
          },
        },
      },
    },
  },
};

function thing(body: Record<string, unknown>): unknown {
  return {
    provider: { example: { endpoint: 'https://example.test' } },
    resource: { example_thing: { main: { name: 'main', ...body } } },
  };
}

describe('checkConformance with a custom schema', () => {
  test('valid document has no findings', () => {
    const doc = thing({
      pin: 1234,
      range: ['low', 1],
      owner: { name: 'platform' },
      settings: { anything: ['goes', 1, true] },
      rules: [{ port: 443, protocol: 'TCP' }, '${local.extra_rule}'],
      primary: { host: 'db.example.test' },
      listener: { http: { port: 80 }, https: { port: '${var.https_port}' } },
      dynamic: { listener: { for_each: '${var.listeners}', labels: ['${listener.key}'], content: { port: '${listener.value}' } } },
    });

    expect(checkConformance(doc, SCHEMA)).toEqual([]);
  });

  test('missing provider argument', () => {
    const doc = { provider: { example: [{ alias: 'second' }] } };

    expect(checkConformance(doc, SCHEMA)).toEqual([
      { path: 'provider.example[0].endpoint', kind: 'missing-argument', problem: 'is required but missing', allowed: 'string' },
    ]);
  });

  test('sensitive value stays out of the finding', () => {
    expect(checkConformance(thing({ pin: 'one-two-three' }), SCHEMA)).toEqual([
      {
        path: 'resource.example_thing.main.pin',
        kind: 'wrong-type',
        problem: 'is a string (value hidden because the argument is sensitive) that Terraform cannot convert to a number',
        allowed: 'number',
      },
    ]);
  });

  test('tuple of the wrong length', () => {
    expect(checkConformance(thing({ range: ['low'] }), SCHEMA)).toEqual([
      { path: 'resource.example_thing.main.range', kind: 'wrong-type', problem: 'is an array of 1 element', allowed: 'tuple([string, number])' },
    ]);
  });

  test('tuple element of the wrong type', () => {
    expect(checkConformance(thing({ range: ['low', 'high'] }), SCHEMA)).toEqual([
      { path: 'resource.example_thing.main.range[1]', kind: 'wrong-type', problem: 'is a string ("high") that Terraform cannot convert to a number', allowed: 'number' },
    ]);
  });

  test('object without a required attribute', () => {
    expect(checkConformance(thing({ owner: { email: 'platform@example.test', team: 'platform' } }), SCHEMA)).toEqual([
      { path: 'resource.example_thing.main.owner.name', kind: 'missing-argument', problem: 'is required by the object type but missing', allowed: 'string' },
      {
        path: 'resource.example_thing.main.owner.team',
        kind: 'unknown-name',
        problem: 'is not an attribute of the object type, so Terraform discards it',
        allowed: 'object({ name = string, email = optional(string) })',
      },
    ]);
  });

  test('nested attribute objects', () => {
    const doc = thing({ rules: [{ protocol: 'TCP', id: 'rule-1' }, { port: 80, prot: 'UDP' }] });

    expect(checkConformance(doc, SCHEMA)).toEqual([
      {
        path: 'resource.example_thing.main.rules[0].id',
        kind: 'computed-argument',
        problem: 'is computed by the provider and cannot be set',
        allowed: 'no value (read id as an attribute of example_thing.rules instead)',
      },
      { path: 'resource.example_thing.main.rules[0].port', kind: 'missing-argument', problem: 'is required but missing', allowed: 'number' },
      {
        path: 'resource.example_thing.main.rules[1].prot',
        kind: 'unknown-name',
        problem: 'is not an attribute of example_thing.rules (did you mean port?)',
        allowed: 'attributes port, protocol',
      },
    ]);
  });

  test('nested attribute over max_items', () => {
    const doc = thing({ rules: [{ port: 1 }, { port: 2 }, { port: 3 }] });

    expect(checkConformance(doc, SCHEMA)).toEqual([
      { path: 'resource.example_thing.main.rules', kind: 'too-many-items', problem: 'has 3 objects', allowed: 'at most 2' },
    ]);
  });

  test('nested attribute of the wrong shape', () => {
    const doc = thing({ rules: { port: 443 }, primary: ['db.example.test'] });

    expect(checkConformance(doc, SCHEMA)).toEqual([
      {
        path: 'resource.example_thing.main.rules',
        kind: 'wrong-type',
        problem: 'is an object',
        allowed: 'list(object({ port = number, protocol = optional(string), id = optional(string) }))',
      },
      { path: 'resource.example_thing.main.primary', kind: 'wrong-type', problem: 'is an array', allowed: 'object({ host = string })' },
    ]);
  });

  test('map-nested blocks', () => {
    const doc = thing({ listener: { http: { port: 'eighty' }, https: [{ port: 443 }, { port: 8443 }] } });

    expect(checkConformance(doc, SCHEMA)).toEqual([
      {
        path: 'resource.example_thing.main.listener["http"].port',
        kind: 'wrong-type',
        problem: 'is a string ("eighty") that Terraform cannot convert to a number',
        allowed: 'number',
      },
      {
        path: 'resource.example_thing.main.listener["https"]',
        kind: 'too-many-items',
        problem: 'has 2 blocks with the label "https"',
        allowed: 'one listener block per label',
      },
    ]);
  });

  test('map-nested blocks written as an array', () => {
    expect(checkConformance(thing({ listener: [{ port: 80 }] }), SCHEMA)).toEqual([
      { path: 'resource.example_thing.main.listener', kind: 'invalid-block', problem: 'is an array', allowed: 'listener blocks as a JSON object keyed by block label' },
    ]);
  });

  test('dynamic map-nested block without labels', () => {
    const doc = thing({ dynamic: { listener: { for_each: '${var.listeners}', content: { port: 80 } } } });

    expect(checkConformance(doc, SCHEMA)).toEqual([
      {
        path: 'resource.example_thing.main.dynamic.listener.labels',
        kind: 'invalid-dynamic-block',
        problem: 'is required but missing',
        allowed: 'a list of one label, the map key of each listener block',
      },
    ]);
  });
});
