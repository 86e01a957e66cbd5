#!/usr/bin/env node
// Regenerates the OCI provider bindings in lib/generated from the pinned schema in schema/.
// The bindings come from @cdktf/provider-generator because `cdktf get` needs the Terraform registry
// and @cdktf/provider-oci is not published on npm. Usage: node scripts/generate-provider.js [output folder]
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const schemaFile = path.join(root, 'schema', 'oracle-oci-8.22.0.schema.json');
const defaultOutput = path.join(root, 'lib', 'generated');

async function generate(outputDir) {
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));

  // Loading the generator runs `terraform version` when Terraform is installed. An empty CLI
  // configuration keeps Terraform from warning about a missing ~/.terraformrc, and
  // CHECKPOINT_DISABLE keeps it from contacting HashiCorp's update check.
  const cliConfig = path.join(os.tmpdir(), `oci-generate-${process.pid}.tfrc`);
  fs.writeFileSync(cliConfig, '');
  process.env.TF_CLI_CONFIG_FILE = cliConfig;
  process.env.CHECKPOINT_DISABLE = '1';
  const { generateProviderBindingsFromSchema } = require('@cdktf/provider-generator');

  fs.rmSync(outputDir, { recursive: true, force: true });
  try {
    await generateProviderBindingsFromSchema(outputDir, schema);
  } finally {
    fs.rmSync(cliConfig, { force: true });
  }
}

module.exports = { generate, schemaFile, defaultOutput };

if (require.main === module) {
  const outputDir = path.resolve(process.argv[2] || defaultOutput);
  generate(outputDir).then(
    () => console.log(`Generated OCI provider bindings in ${path.relative(process.cwd(), outputDir) || '.'}`),
    (error) => {
      console.error(`Generating the OCI provider bindings failed: ${error.stack || error}`);
      process.exit(1);
    },
  );
}
