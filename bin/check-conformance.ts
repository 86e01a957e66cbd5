import * as fs from 'fs';
import * as path from 'path';
import { ProviderSchemas, checkConformance, formatFinding, loadPinnedProviderSchema, pinnedSchemaPath, readProviderSchemas } from '../lib/conformance';

const USAGE = [
  'Usage: npm run conformance -- [--schema <schema.json>] <cdk.tf.json or folder>...',
  '',
  'Checks synthesized Terraform JSON against a provider schema and prints one line per finding.',
  'A folder is searched for cdk.tf.json files, such as cdktf.out after `cdktf synth`.',
  '  --schema <file>  output of `terraform providers schema -json` to check against',
  '                   (default: the pinned oracle/oci 8.22.0 schema in schema/)',
  'Exit status: 0 when every file conforms, 1 when there are findings, 2 on a usage or read error.',
].join('\n');

/** Output channels of the command: findings go to `log`, errors and the summary to `error`. */
export interface CommandOutput {
  /** Writes one line of regular output. */
  readonly log: (line: string) => void;
  /** Writes one line of diagnostics. */
  readonly error: (line: string) => void;
}

/** Runs the conformance command on its arguments and returns the exit status. */
export function runConformanceCommand(args: readonly string[], output: CommandOutput): number {
  const inputs: string[] = [];
  let schemaFile: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--help' || arg === '-h') {
      output.log(USAGE);
      return 0;
    }
    if (arg === '--schema') {
      schemaFile = args[++index];
      if (schemaFile === undefined) {
        output.error('--schema needs a file name.\n' + USAGE);
        return 2;
      }
      continue;
    }
    if (arg.startsWith('-')) {
      output.error(`Unknown option ${arg}.\n${USAGE}`);
      return 2;
    }
    inputs.push(arg);
  }
  if (inputs.length === 0) {
    output.error(`No input files given.\n${USAGE}`);
    return 2;
  }

  let schema: ProviderSchemas;
  let files: string[];
  try {
    schema = schemaFile === undefined ? loadPinnedProviderSchema() : readProviderSchemas(schemaFile);
    files = inputs.flatMap(findTerraformJsonFiles);
  } catch (error) {
    output.error(`Failed to read the inputs: ${(error as Error).message}`);
    return 2;
  }
  if (files.length === 0) {
    output.error(`No cdk.tf.json files found in ${inputs.join(', ')}.`);
    return 2;
  }

  let findingCount = 0;
  for (const file of files) {
    let document: unknown;
    try {
      document = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      output.error(`Failed to read ${file}: ${(error as Error).message}`);
      return 2;
    }
    for (const finding of checkConformance(document, schema)) {
      output.log(`${file}: ${formatFinding(finding)}`);
      findingCount++;
    }
  }

  const schemaName = schemaFile ?? path.relative(process.cwd(), pinnedSchemaPath());
  output.error(`Checked ${files.length} file${files.length === 1 ? '' : 's'} against ${schemaName}: ${findingCount} finding${findingCount === 1 ? '' : 's'}.`);
  return findingCount === 0 ? 0 : 1;
}

/** Returns the file itself, or the cdk.tf.json files under a folder in sorted order. */
function findTerraformJsonFiles(input: string): string[] {
  const stat = fs.statSync(input);
  if (!stat.isDirectory()) {
    return [input];
  }
  const files: string[] = [];
  for (const entry of fs.readdirSync(input, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(input, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') {
      files.push(...findTerraformJsonFiles(full));
    } else if (entry.isFile() && entry.name === 'cdk.tf.json') {
      files.push(full);
    }
  }
  return files;
}

if (require.main === module) {
  process.exitCode = runConformanceCommand(process.argv.slice(2), {
    log: (line) => process.stdout.write(`${line}\n`),
    error: (line) => process.stderr.write(`${line}\n`),
  });
}
