import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { execFileSync } from 'child_process';

const root = path.join(__dirname, '..');
const defaultOutput = path.join(root, 'lib', 'generated');

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      files.push(...listFiles(full).map((file) => path.join(entry.name, file)));
    } else {
      files.push(entry.name);
    }
  }
  return files.sort();
}

describe('generated provider bindings', () => {
  test('match what the generator produces from the pinned schema', () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-bindings-'));
    try {
      // A child process keeps the generator's own logging out of the test output.
      execFileSync(process.execPath, [path.join(root, 'scripts', 'generate-provider.js'), scratch], { stdio: 'pipe' });
      const expectedFiles = listFiles(scratch);
      const committedFiles = listFiles(defaultOutput);
      expect(committedFiles).toEqual(expectedFiles);

      const differing = expectedFiles.filter(
        (file) => fs.readFileSync(path.join(scratch, file), 'utf8') !== fs.readFileSync(path.join(defaultOutput, file), 'utf8'),
      );
      expect(differing).toEqual([]);
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  });

  test('pinned schema is the shared provider schema file', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'schema', 'oracle-oci-8.22.0.schema.json'), 'utf8'));
    expect(Object.keys(schema.provider_schemas)).toEqual(['registry.terraform.io/oracle/oci']);
  });
});
