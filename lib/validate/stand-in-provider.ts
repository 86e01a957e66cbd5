import * as fs from 'fs';
import * as path from 'path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { ConvertedProviderSchema, convertProviderSchema, JsonProviderSchema } from './schema-conversion';

/** Source address of the OCI provider, as Terraform writes it in `required_providers` and lock files. */
export const OCI_PROVIDER_ADDRESS = 'registry.terraform.io/oracle/oci';

/** The provider schema the bindings in lib/generated come from, relative to the package root. */
export const PINNED_SCHEMA_FILE = path.join('schema', 'oracle-oci-8.22.0.schema.json');

const PROTO_FILE_NAME = 'tfplugin6.proto';

/** Options of {@link StandInProvider.start}. */
export interface StandInProviderOptions {
  /** Provider schema file in the format of `terraform providers schema -json`. @default - the pinned OCI schema of this package */
  readonly schemaFile?: string;
  /** Source address of the provider whose schema the server returns. @default OCI_PROVIDER_ADDRESS */
  readonly providerAddress?: string;
  /** Receives one line for each call Terraform makes, and for the start and stop of the server. @default - no logging */
  readonly log?: (line: string) => void;
}

/** Call the server received, as counted by {@link StandInProvider.callCounts}. */
export type StandInCall =
  | 'GetMetadata'
  | 'GetProviderSchema'
  | 'ValidateProviderConfig'
  | 'ValidateResourceConfig'
  | 'ValidateDataResourceConfig'
  | 'UpgradeResourceState'
  | 'ConfigureProvider'
  | 'GetFunctions'
  | 'StopProvider';

type UnaryHandler = (call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) => void;

/**
 * A gRPC server that speaks Terraform's plugin protocol 6 and serves a provider's schema and nothing else.
 *
 * Terraform attaches to it through `TF_REATTACH_PROVIDERS` in place of the real provider binary, so
 * `terraform validate` runs all of its own checks against the real schema: unknown and missing
 * arguments and blocks, block counts, attribute types and references. The validation calls return no
 * diagnostics of their own, so checks that the real provider runs in its own code do not happen here.
 * The server listens on 127.0.0.1 only, on a port the operating system picks.
 */
export class StandInProvider {
  /** Loads the schema, starts the server and resolves once it accepts connections. */
  public static async start(options: StandInProviderOptions = {}): Promise<StandInProvider> {
    const schemaFile = options.schemaFile ?? findPackageFile(PINNED_SCHEMA_FILE);
    const providerAddress = options.providerAddress ?? OCI_PROVIDER_ADDRESS;
    const schemas = loadProviderSchema(schemaFile, providerAddress);

    const provider = new StandInProvider(providerAddress, schemas, options.log ?? (() => undefined));
    await provider.listen();
    return provider;
  }

  /** Source address of the provider whose schema the server returns. */
  public readonly providerAddress: string;

  private readonly server = new grpc.Server();
  private readonly log: (line: string) => void;
  private readonly counts = new Map<StandInCall, number>();
  private port = 0;
  private stopped = false;

  private constructor(providerAddress: string, schemas: ConvertedProviderSchema, log: (line: string) => void) {
    this.providerAddress = providerAddress;
    this.log = log;

    const definition = protoLoader.loadSync(findPackageFile(path.join('lib', 'validate', PROTO_FILE_NAME), __dirname), {
      keepCase: true,
      longs: Number,
      enums: String,
      defaults: true,
      oneofs: true,
    });
    const tfplugin6 = grpc.loadPackageDefinition(definition).tfplugin6 as grpc.GrpcObject;
    const service = (tfplugin6.Provider as grpc.ServiceClientConstructor).service;
    this.server.addService(service, this.handlers(schemas));
  }

  /** Address the server listens on, such as `127.0.0.1:39041`. */
  public get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Value for the `TF_REATTACH_PROVIDERS` environment variable that points Terraform at this server. */
  public get reattachProviders(): string {
    return JSON.stringify({
      [this.providerAddress]: {
        Protocol: 'grpc',
        ProtocolVersion: 6,
        // Terraform 1.11.4 attaches with Pid 0 and Test true, and panics when Test is false.
        Pid: 0,
        Test: true,
        Addr: { Network: 'tcp', String: this.address },
      },
    });
  }

  /** Number of calls of each kind the server has received since it started. */
  public callCounts(): Partial<Record<StandInCall, number>> {
    return Object.fromEntries(this.counts);
  }

  /** Stops the server, ending open connections after a short grace period. Calling it again does nothing. */
  public async stop(): Promise<void> {
    if (this.stopped) {
      return;
    }
    this.stopped = true;

    await new Promise<void>((resolve) => {
      // Calls in progress may finish. Connections still open after one second, which Terraform
      // leaves only when it has not exited yet, are closed.
      const timer = setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, 1000);
      this.server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.log(`stand-in provider ${this.providerAddress} stopped`);
  }

  private async listen(): Promise<void> {
    this.port = await new Promise<number>((resolve, reject) => {
      this.server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, port) => (error ? reject(error) : resolve(port)));
    });
    this.log(`stand-in provider ${this.providerAddress} listening on ${this.address}`);
  }

  private handlers(schemas: ConvertedProviderSchema): grpc.UntypedServiceImplementation {
    const noDiagnostics = { diagnostics: [] };

    const handlers: Record<StandInCall, UnaryHandler> = {
      GetMetadata: this.unary('GetMetadata', () => ({
        server_capabilities: {},
        diagnostics: [],
        resources: Object.keys(schemas.resourceSchemas).map((typeName) => ({ type_name: typeName })),
        data_sources: Object.keys(schemas.dataSourceSchemas).map((typeName) => ({ type_name: typeName })),
      })),
      GetProviderSchema: this.unary('GetProviderSchema', () => ({
        provider: schemas.provider,
        resource_schemas: schemas.resourceSchemas,
        data_source_schemas: schemas.dataSourceSchemas,
        functions: {},
        diagnostics: [],
        server_capabilities: {},
      })),
      ValidateProviderConfig: this.unary('ValidateProviderConfig', () => noDiagnostics),
      ValidateResourceConfig: this.unary('ValidateResourceConfig', (request) => {
        this.log(`  resource type ${request.type_name}`);
        return noDiagnostics;
      }),
      ValidateDataResourceConfig: this.unary('ValidateDataResourceConfig', (request) => {
        this.log(`  data source ${request.type_name}`);
        return noDiagnostics;
      }),
      UpgradeResourceState: this.unary('UpgradeResourceState', (request) => upgradeResourceState(request)),
      ConfigureProvider: this.unary('ConfigureProvider', () => noDiagnostics),
      GetFunctions: this.unary('GetFunctions', () => ({ functions: {}, diagnostics: [] })),
      StopProvider: this.unary('StopProvider', () => ({ Error: '' })),
    };
    return handlers;
  }

  private unary(name: StandInCall, respond: (request: any) => object): UnaryHandler {
    return (call, callback) => {
      this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
      this.log(`call ${name}`);
      callback(null, respond(call.request));
    };
  }
}

/**
 * Returns JSON state unchanged, because the stand-in serves one schema version and has nothing to
 * upgrade. State in the legacy flatmap format gets an error: converting it needs the real provider.
 */
function upgradeResourceState(request: { type_name: string; raw_state?: { json?: Buffer } }): object {
  const json = request.raw_state?.json;
  if (json !== undefined && json.length > 0) {
    return { upgraded_state: { json }, diagnostics: [] };
  }
  return {
    diagnostics: [
      {
        severity: 'ERROR',
        summary: 'State upgrade not supported',
        detail: `The schema-only stand-in provider cannot read the legacy state of ${request.type_name}: run this command with the real provider.`,
      },
    ],
  };
}

function loadProviderSchema(schemaFile: string, providerAddress: string): ConvertedProviderSchema {
  const document = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as { provider_schemas?: Record<string, JsonProviderSchema> };
  const providerSchema = document.provider_schemas?.[providerAddress];
  if (providerSchema === undefined) {
    const found = Object.keys(document.provider_schemas ?? {}).join(', ') || 'none';
    throw new Error(`Schema file ${schemaFile} has no schema for provider ${providerAddress} (providers found: ${found}).`);
  }
  return convertProviderSchema(providerSchema);
}

/**
 * Finds a file of this package by its path relative to the package root. It looks first in `nearDir`,
 * which contains the file once the build has copied it next to the compiled code. Then it looks in
 * each parent of this module's directory, which covers lib/validate in the sources and dist/lib/validate.
 */
export function findPackageFile(relativePath: string, nearDir?: string): string {
  const candidates: string[] = [];
  if (nearDir !== undefined) {
    candidates.push(path.join(nearDir, path.basename(relativePath)));
  }
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    candidates.push(path.join(dir, relativePath));
    if (path.dirname(dir) === dir) {
      break;
    }
  }

  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (found === undefined) {
    throw new Error(`File ${relativePath} of package cdktf-oci-containers not found; looked in: ${candidates.join(', ')}.`);
  }
  return found;
}
