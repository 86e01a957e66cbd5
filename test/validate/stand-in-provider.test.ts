import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { OCI_PROVIDER_ADDRESS, StandInProvider } from '../../lib/validate/stand-in-provider';

const PROTO_FILE = path.join(__dirname, '..', '..', 'lib', 'validate', 'tfplugin6.proto');
const SCHEMA_FILE = path.join(__dirname, '..', '..', 'schema', 'oracle-oci-8.22.0.schema.json');

type ProviderClient = grpc.Client & Record<string, (request: object, callback: (error: grpc.ServiceError | null, response: any) => void) => void>;

/** Connects a tfplugin6 client to the stand-in, the way Terraform does: plain-text gRPC on loopback. */
function connect(provider: StandInProvider): ProviderClient {
  const definition = protoLoader.loadSync(PROTO_FILE, { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true });
  const tfplugin6 = grpc.loadPackageDefinition(definition).tfplugin6 as grpc.GrpcObject;
  const Provider = tfplugin6.Provider as grpc.ServiceClientConstructor;
  return new Provider(provider.address, grpc.credentials.createInsecure()) as unknown as ProviderClient;
}

function call(client: ProviderClient, method: string, request: object = {}): Promise<any> {
  return new Promise((resolve, reject) => client[method](request, (error, response) => (error ? reject(error) : resolve(response))));
}

/** Calls a method by its full name with an empty message, for RPCs the .proto file does not declare. */
function callRaw(client: grpc.Client, method: string): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    client.makeUnaryRequest(
      method,
      (message: Buffer) => message,
      (message: Buffer) => message,
      Buffer.alloc(0),
      (error, response) => (error ? reject(error) : resolve(response as Buffer)),
    ),
  );
}

function attribute(block: any, name: string): any {
  return block.attributes.find((candidate: any) => candidate.name === name);
}

function blockType(block: any, name: string): any {
  return block.block_types.find((candidate: any) => candidate.type_name === name);
}

describe('StandInProvider', () => {
  let provider: StandInProvider;
  let client: ProviderClient;

  beforeAll(async () => {
    provider = await StandInProvider.start();
    client = connect(provider);
  });

  afterAll(async () => {
    client.close();
    await provider.stop();
  });

  test('listens on loopback only', () => {
    expect(provider.address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(Number(provider.address.split(':')[1])).toBeGreaterThan(0);
  });

  test('reattach configuration', () => {
    expect(JSON.parse(provider.reattachProviders)).toEqual({
      [OCI_PROVIDER_ADDRESS]: {
        Protocol: 'grpc',
        ProtocolVersion: 6,
        Pid: 0,
        Test: true,
        Addr: { Network: 'tcp', String: provider.address },
      },
    });
  });

  test('schema has every resource and data source', async () => {
    const response = await call(client, 'GetProviderSchema');

    const pinned = JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')).provider_schemas[OCI_PROVIDER_ADDRESS];
    expect(response.diagnostics).toEqual([]);
    expect(Object.keys(response.resource_schemas).sort()).toEqual(Object.keys(pinned.resource_schemas).sort());
    expect(Object.keys(response.data_source_schemas).sort()).toEqual(Object.keys(pinned.data_source_schemas).sort());
    expect(response.resource_schemas).toHaveProperty('oci_artifacts_container_repository');
    expect(response.data_source_schemas).toHaveProperty('oci_identity_tenancy');
    expect(response.functions).toEqual({});
  });

  test('schema attributes carry cty types and flags', async () => {
    const response = await call(client, 'GetProviderSchema');
    const subnet = response.resource_schemas.oci_core_subnet.block;

    const vcnId = attribute(subnet, 'vcn_id');
    expect(vcnId.type.toString('utf8')).toBe('"string"');
    expect(vcnId.required).toBe(true);
    expect(vcnId.optional).toBe(false);

    const securityListIds = attribute(subnet, 'security_list_ids');
    expect(securityListIds.type.toString('utf8')).toBe('["set","string"]');
    expect(securityListIds.optional).toBe(true);
    expect(securityListIds.computed).toBe(true);

    expect(attribute(subnet, 'freeform_tags').type.toString('utf8')).toBe('["map","string"]');
    expect(attribute(subnet, 'state').computed).toBe(true);
    expect(attribute(response.provider.block, 'private_key').sensitive).toBe(true);
  });

  test('schema blocks carry nesting and item limits', async () => {
    const response = await call(client, 'GetProviderSchema');
    const securityList = response.resource_schemas.oci_core_security_list.block;

    const ingress = blockType(securityList, 'ingress_security_rules');
    expect(ingress.nesting).toBe('SET');
    const tcpOptions = blockType(ingress.block, 'tcp_options');
    expect(tcpOptions.nesting).toBe('LIST');
    expect(tcpOptions.max_items).toBe(1);
    expect(tcpOptions.min_items).toBe(0);
    expect(blockType(securityList, 'timeouts').nesting).toBe('SINGLE');
  });

  test('metadata lists type names', async () => {
    const response = await call(client, 'GetMetadata');

    expect(response.resources.map((resource: any) => resource.type_name)).toContain('oci_core_vcn');
    expect(response.data_sources.map((dataSource: any) => dataSource.type_name)).toContain('oci_core_services');
  });

  test('validation calls return no diagnostics', async () => {
    const config = { msgpack: Buffer.from([0x80]) };

    expect((await call(client, 'ValidateProviderConfig', { config })).diagnostics).toEqual([]);
    expect((await call(client, 'ValidateResourceConfig', { type_name: 'oci_core_vcn', config })).diagnostics).toEqual([]);
    expect((await call(client, 'ValidateDataResourceConfig', { type_name: 'oci_core_services', config })).diagnostics).toEqual([]);
    expect((await call(client, 'ConfigureProvider', { terraform_version: '1.11.4', config })).diagnostics).toEqual([]);
  });

  test('functions are empty', async () => {
    const response = await call(client, 'GetFunctions');

    expect(response.functions).toEqual({});
    expect(response.diagnostics).toEqual([]);
  });

  test('state upgrade returns JSON state unchanged', async () => {
    const state = Buffer.from('{"id":"ocid1.vcn.oc1..example"}');

    const response = await call(client, 'UpgradeResourceState', { type_name: 'oci_core_vcn', version: 0, raw_state: { json: state } });

    expect(response.upgraded_state.json.toString('utf8')).toBe('{"id":"ocid1.vcn.oc1..example"}');
    expect(response.diagnostics).toEqual([]);
  });

  test('state upgrade rejects flatmap state', async () => {
    const response = await call(client, 'UpgradeResourceState', { type_name: 'oci_core_vcn', version: 0, raw_state: { flatmap: { id: 'x' } } });

    expect(response.diagnostics).toHaveLength(1);
    expect(response.diagnostics[0].severity).toBe('ERROR');
    expect(response.diagnostics[0].summary).toBe('State upgrade not supported');
  });

  test('stop provider succeeds', async () => {
    expect((await call(client, 'StopProvider')).Error).toBe('');
  });

  test('plan is unimplemented', async () => {
    await expect(callRaw(client, '/tfplugin6.Provider/PlanResourceChange')).rejects.toMatchObject({ code: grpc.status.UNIMPLEMENTED });
    await expect(callRaw(client, '/tfplugin6.Provider/ReadDataSource')).rejects.toMatchObject({ code: grpc.status.UNIMPLEMENTED });
  });

  test('counts calls', async () => {
    const before = provider.callCounts();

    await call(client, 'GetProviderSchema');
    await call(client, 'ValidateResourceConfig', { type_name: 'oci_core_vcn' });
    await call(client, 'ValidateResourceConfig', { type_name: 'oci_core_subnet' });

    const after = provider.callCounts();
    expect(after.GetProviderSchema).toBe((before.GetProviderSchema ?? 0) + 1);
    expect(after.ValidateResourceConfig).toBe((before.ValidateResourceConfig ?? 0) + 2);
  });
});

describe('StandInProvider lifecycle', () => {
  test('stop closes the port', async () => {
    const provider = await StandInProvider.start();
    const client = connect(provider);
    await call(client, 'GetMetadata');

    await provider.stop();

    await expect(call(client, 'GetMetadata')).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
    client.close();
  });

  test('stop twice', async () => {
    const provider = await StandInProvider.start();

    await provider.stop();

    await expect(provider.stop()).resolves.toBeUndefined();
  });

  test('log receives start, calls and stop', async () => {
    const lines: string[] = [];
    const provider = await StandInProvider.start({ log: (line) => lines.push(line) });
    const client = connect(provider);
    await call(client, 'ValidateResourceConfig', { type_name: 'oci_core_vcn' });
    client.close();
    await provider.stop();

    expect(lines).toEqual([
      `stand-in provider ${OCI_PROVIDER_ADDRESS} listening on ${provider.address}`,
      'call ValidateResourceConfig',
      '  resource type oci_core_vcn',
      `stand-in provider ${OCI_PROVIDER_ADDRESS} stopped`,
    ]);
  });

  test('schema file without the provider', async () => {
    await expect(StandInProvider.start({ schemaFile: SCHEMA_FILE, providerAddress: 'registry.terraform.io/hashicorp/random' })).rejects.toThrow(
      `Schema file ${SCHEMA_FILE} has no schema for provider registry.terraform.io/hashicorp/random (providers found: ${OCI_PROVIDER_ADDRESS}).`,
    );
  });
});

describe('validate-stack module', () => {
  test('loads gRPC only when used', () => {
    const script = [
      "require('./lib/validate/validate-stack');",
      "const loaded = Object.keys(require.cache).filter((file) => file.includes('@grpc'));",
      'process.stdout.write(String(loaded.length));',
    ].join('\n');

    const run = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
      cwd: path.join(__dirname, '..', '..'),
      encoding: 'utf8',
    });

    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('0');
  });
});
