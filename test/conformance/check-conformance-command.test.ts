import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runConformanceCommand } from '../../bin/check-conformance';

const ROOT = path.join(__dirname, '..', '..');

const CONFORMING = {
  provider: { oci: [{ region: 'us-ashburn-1' }] },
  resource: { oci_core_vcn: { main: { compartment_id: 'ocid1.compartment.oc1..aaaaaaaacompartment', cidr_blocks: ['10.0.0.0/16'] } } },
};

const BROKEN = {
  resource: { oci_core_vcn: { main: { cidr_blocks: ['10.0.0.0/16'], state: 'AVAILABLE' } } },
};

describe('conformance command', () => {
  let scratch: string;
  let log: string[];
  let errors: string[];
  const output = { log: (line: string) => log.push(line), error: (line: string) => errors.push(line) };

  beforeEach(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-'));
    log = [];
    errors = [];
  });
  afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

  function write(relative: string, document: unknown): string {
    const file = path.join(scratch, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(document));
    return file;
  }

  test('conforming file exits 0', () => {
    const file = write('cdk.tf.json', CONFORMING);

    expect(runConformanceCommand([file], output)).toBe(0);
    expect(log).toEqual([]);
    const schemaFile = path.relative(process.cwd(), path.join(ROOT, 'schema', 'oracle-oci-8.22.0.schema.json'));
    expect(errors).toEqual([`Checked 1 file against ${schemaFile}: 0 findings.`]);
  });

  test('findings print one line each and exit 1', () => {
    const file = write('broken.json', BROKEN);

    expect(runConformanceCommand([file], output)).toBe(1);
    expect(log).toEqual([
      `${file}: resource.oci_core_vcn.main.state: is computed by the provider and cannot be set. Allowed: no value (read state as an attribute of oci_core_vcn instead).`,
      `${file}: resource.oci_core_vcn.main.compartment_id: is required but missing. Allowed: string.`,
    ]);
    expect(errors[0]).toMatch(/^Checked 1 file against .*oracle-oci-8\.22\.0\.schema\.json: 2 findings\.$/);
  });

  test('folder is searched for cdk.tf.json files', () => {
    write('stacks/a/cdk.tf.json', CONFORMING);
    const broken = write('stacks/b/cdk.tf.json', BROKEN);
    write('stacks/b/manifest.json', { not: 'checked' });

    expect(runConformanceCommand([scratch], output)).toBe(1);
    expect(log.map((line) => line.split(': ')[0])).toEqual([broken, broken]);
    expect(errors[0]).toMatch(/^Checked 2 files against .*: 2 findings\.$/);
  });

  test('schema option', () => {
    const schemaFile = write('schema.json', { format_version: '1.0', provider_schemas: {} });
    const file = write('cdk.tf.json', BROKEN);

    expect(runConformanceCommand(['--schema', schemaFile, file], output)).toBe(0);
    expect(errors).toEqual([`Checked 1 file against ${schemaFile}: 0 findings.`]);
  });

  test('no inputs exits 2', () => {
    expect(runConformanceCommand([], output)).toBe(2);
    expect(errors[0]).toMatch(/^No input files given\.\nUsage: npm run conformance -- /);
  });

  test('folder without cdk.tf.json exits 2', () => {
    expect(runConformanceCommand([scratch], output)).toBe(2);
    expect(errors).toEqual([`No cdk.tf.json files found in ${scratch}.`]);
  });

  test('invalid JSON exits 2', () => {
    const file = path.join(scratch, 'cdk.tf.json');
    fs.writeFileSync(file, '{ "resource": ');

    expect(runConformanceCommand([file], output)).toBe(2);
    expect(errors[0]).toMatch(new RegExp(`^Failed to read ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  });

  test('missing file exits 2', () => {
    const file = path.join(scratch, 'missing.json');

    expect(runConformanceCommand([file], output)).toBe(2);
    expect(errors[0]).toMatch(/^Failed to read the inputs: ENOENT/);
  });

  test('npm script runs the command', () => {
    const file = write('cdk.tf.json', BROKEN);

    const result = spawnSync('npm', ['run', '--silent', 'conformance', '--', file], { cwd: ROOT, encoding: 'utf8' });

    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(result.stderr).toContain('2 findings.');
  });
});
