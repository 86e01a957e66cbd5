/**
 * SLOW TEST (about 25 seconds on 2 cores, most of it `npm run build`): builds the package, packs it,
 * installs the tarball into a scratch project outside the repository, synthesizes a stack there with
 * plain node and type-checks a TypeScript consumer.
 *
 * The install uses `--prefer-offline`, so it reads the npm cache and reaches only the npm registry for
 * anything the cache lacks. Run it alone with `npx jest test/package`.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const packageJson = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const PACKAGE_NAME: string = packageJson.name;

const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaatenancy';
const COMPARTMENT = 'ocid1.compartment.oc1..aaaaaaaacompartment';

interface PackedFile {
  readonly path: string;
  readonly size: number;
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
}

// A consumer written the way a platform team would write one: plain CommonJS, the package by name.
const SYNTH_SCRIPT = `
const fs = require('fs');
const { App, TerraformStack } = require('cdktf');
const oci = require('${PACKAGE_NAME}');
const { CoreVcn } = require('${PACKAGE_NAME}/providers/oci/core-vcn');

const app = new App({ outdir: 'cdktf.out' });
const stack = new TerraformStack(app, 'platform');
new oci.OciEnvironment(stack, 'oci', {
  region: 'us-ashburn-1',
  tenancyOcid: '${TENANCY}',
  homeRegion: 'us-ashburn-1',
  authentication: oci.OciAuthentication.apiKey('DEFAULT'),
});
new oci.ObjectStorageBackend(stack, 'state', { namespace: 'axaxnpcrorw5', bucket: 'tf-state', environment: 'dev' });
new oci.ContainerPlatform(stack, 'shop', { name: 'shop', compartmentOcid: '${COMPARTMENT}', kubernetesVersion: 'v1.31.1', repositories: ['web'] });
new CoreVcn(stack, 'extra-vcn', { compartmentId: '${COMPARTMENT}', cidrBlocks: ['172.16.0.0/16'] });
app.synth();

let deepImport;
try {
  require('${PACKAGE_NAME}/dist/lib/core/environment');
  deepImport = 'allowed';
} catch (error) {
  deepImport = error.code;
}
fs.writeFileSync('result.json', JSON.stringify({
  packagePath: require.resolve('${PACKAGE_NAME}'),
  cdktfPath: require.resolve('cdktf'),
  deepImport,
}));
`;

// Type-checks a consumer through the export map's "types" conditions.
const CONSUMER_TS = `
import { ContainerPlatform, ObjectStorageBackend, OciEnvironment, StateBackendType } from '${PACKAGE_NAME}';
import { CoreVcn } from '${PACKAGE_NAME}/providers/oci/core-vcn';

export const names: string[] = [ContainerPlatform.name, ObjectStorageBackend.name, OciEnvironment.name, CoreVcn.name];
export const defaultType: StateBackendType = StateBackendType.OCI;
`;

/** Returns a consumer's tsconfig. `node16` resolution reads the export map, `node10` reads `types` and `typesVersions`. */
function consumerTsconfig(moduleKind: 'node16' | 'commonjs', moduleResolution: 'node16' | 'node10'): object {
  return {
    compilerOptions: { module: moduleKind, moduleResolution, target: 'es2020', strict: true, noEmit: true, skipLibCheck: true, types: [] },
    files: ['consumer.ts'],
  };
}

describe('package (slow)', () => {
  let scratch: string;
  let packedFiles: PackedFile[];
  let tarball: string;

  beforeAll(() => {
    // `npm pack` builds first through the package's prepack script, as it does for a user's clone.
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-pack-'));
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], root))[0];
    packedFiles = packed.files;
    tarball = path.join(scratch, packed.filename);
  });

  afterAll(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  test('build writes JavaScript and declarations', () => {
    for (const file of ['dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/lib/generated/providers/oci/provider/index.js', 'dist/lib/generated/providers/oci/core-vcn/index.d.ts', 'dist/lib/state/object-storage-backend.d.ts']) {
      expect(fs.existsSync(path.join(root, file))).toBe(true);
    }
  });

  test('tarball contains what consumers need', () => {
    const paths = packedFiles.map((file) => file.path);

    const expected = [
      'package.json',
      'README.md',
      'dist/lib/index.js',
      'dist/lib/index.d.ts',
      'dist/lib/generated/providers/oci/core-vcn/index.js',
      'dist/lib/validate/tfplugin6.proto',
      'dist/bin/oci-tf-validate.js',
      'schema/oracle-oci-8.22.0.schema.json',
    ];
    for (const file of expected) {
      expect(paths).toContain(file);
    }
    expect(paths.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
    expect(paths.filter((file) => file.startsWith('test/') || file.startsWith('examples/') || file.startsWith('node_modules/'))).toEqual([]);
  });

  test('export map names types and require', () => {
    expect(packageJson.exports['.']).toEqual({ types: './dist/lib/index.d.ts', require: './dist/lib/index.js', default: './dist/lib/index.js' });
    expect(packageJson.exports['./package.json']).toBe('./package.json');
    expect(packageJson.peerDependencies.cdktf).toBe('^0.21.0 || ^0.24.0');
    expect(packageJson.peerDependencies.constructs).toBe('^10.4.2');
  });

  test('installed tarball synthesizes a stack', () => {
    const app = path.join(scratch, 'app');
    fs.mkdirSync(app);
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'scratch-consumer', version: '1.0.0', private: true }));
    npm(['install', tarball, 'cdktf@0.21.0', 'constructs@10.7.2', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);

    fs.writeFileSync(path.join(app, 'synth.js'), SYNTH_SCRIPT);
    execFileSync(process.execPath, ['synth.js'], { cwd: app, stdio: 'pipe' });

    const result = JSON.parse(fs.readFileSync(path.join(app, 'result.json'), 'utf8'));
    expect(result.packagePath).toBe(path.join(fs.realpathSync(app), 'node_modules', PACKAGE_NAME, 'dist', 'lib', 'index.js'));
    expect(result.cdktfPath.startsWith(path.join(fs.realpathSync(app), 'node_modules', 'cdktf'))).toBe(true);
    expect(result.deepImport).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');

    const json = JSON.parse(fs.readFileSync(path.join(app, 'cdktf.out', 'stacks', 'platform', 'cdk.tf.json'), 'utf8'));
    expect(json.terraform.backend).toEqual({
      oci: { auth: 'APIKey', bucket: 'tf-state', config_file_profile: 'DEFAULT', key: 'dev/platform.tfstate', namespace: 'axaxnpcrorw5', region: 'us-ashburn-1' },
    });
    expect(json.terraform.required_providers.oci).toEqual({ source: 'registry.terraform.io/oracle/oci', version: '~> 8.22' });
    const repositories = Object.values(json.resource.oci_artifacts_container_repository) as any[];
    expect(repositories.map((repository) => repository.display_name)).toEqual(['shop/web']);
    const clusters = Object.values(json.resource.oci_containerengine_cluster) as any[];
    expect(clusters.map((cluster) => cluster.name)).toEqual(['shop']);
    const pools = Object.values(json.resource.oci_containerengine_node_pool) as any[];
    expect(pools.map((pool) => pool.name)).toEqual(['shop-workers']);
    const vcns = Object.values(json.resource.oci_core_vcn) as any[];
    expect(vcns.map((vcn) => vcn.cidr_blocks[0]).sort()).toEqual(['10.0.0.0/16', '172.16.0.0/16']);

    fs.writeFileSync(path.join(app, 'consumer.ts'), CONSUMER_TS);
    for (const [moduleKind, moduleResolution] of [['node16', 'node16'], ['commonjs', 'node10']] as const) {
      fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify(consumerTsconfig(moduleKind, moduleResolution)));
      execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: app, stdio: 'pipe' });
    }
  });
});
