import { execFile, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { ObjectStorageBackend, StateBackendType } from '../../lib/state/object-storage-backend';
import { synthJson, testStack } from '../helpers/stack';

// Runs the installed Terraform against the synthesized `s3` backend block, with a small in-memory
// S3 server on loopback (HTTPS, self-signed certificate) in place of OCI's endpoint. It shows that
// Terraform accepts every setting and, with the checksum variables the pipeline guide sets, sends
// path-style requests with a plain SHA-256 payload hash, the form OCI's S3 Compatibility API accepts.

const run = promisify(execFile);

interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
}

function terraformVersion(): string | undefined {
  try {
    return execFileSync('terraform', ['version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, CHECKPOINT_DISABLE: '1' } }).split('\n')[0];
  } catch {
    return undefined;
  }
}

function xml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${body}`;
}

/** Serves ListObjectsV2, HeadObject, GetObject, PutObject and DeleteObject for one bucket from memory. */
function startS3Server(bucket: string, tls: { key: Buffer; cert: Buffer }, requests: RecordedRequest[]): Promise<https.Server> {
  const objects = new Map<string, Buffer>();
  const server = https.createServer(tls, (request: http.IncomingMessage, response: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({ method: request.method!, url: request.url!, headers: request.headers });
      const url = new URL(request.url!, 'http://127.0.0.1');
      const key = decodeURIComponent(url.pathname.slice(`/${bucket}/`.length));

      if (request.method === 'GET' && url.pathname.replace(/\/$/, '') === `/${bucket}`) {
        const prefix = url.searchParams.get('prefix') ?? '';
        const contents = [...objects.keys()]
          .filter((name) => name.startsWith(prefix))
          .map((name) => `<Contents><Key>${name}</Key><Size>${objects.get(name)!.length}</Size></Contents>`)
          .join('');
        response.writeHead(200, { 'Content-Type': 'application/xml' });
        response.end(xml(`<ListBucketResult><Name>${bucket}</Name><Prefix>${prefix}</Prefix><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`));
      } else if (request.method === 'PUT') {
        objects.set(key, Buffer.concat(chunks));
        response.writeHead(200, { ETag: '"0"' });
        response.end();
      } else if ((request.method === 'GET' || request.method === 'HEAD') && objects.has(key)) {
        const body = objects.get(key)!;
        response.writeHead(200, { 'Content-Length': body.length, ETag: '"0"' });
        response.end(request.method === 'GET' ? body : undefined);
      } else if (request.method === 'DELETE') {
        objects.delete(key);
        response.writeHead(204);
        response.end();
      } else {
        response.writeHead(404, { 'Content-Type': 'application/xml' });
        response.end(request.method === 'HEAD' ? undefined : xml('<Error><Code>NoSuchKey</Code><Message>not found</Message></Error>'));
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Writes a self-signed certificate for 127.0.0.1 with the openssl command. */
function createCertificate(directory: string): { key: Buffer; cert: Buffer; certFile: string } {
  const keyFile = path.join(directory, 'server.key');
  const certFile = path.join(directory, 'server.crt');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', keyFile, '-out', certFile],
    { stdio: 'ignore' },
  );
  return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile), certFile };
}

const version = terraformVersion();
const testWithTerraform = version ? test : test.skip;

/** Synthesizes an S3 backend block, then runs `terraform init` and `terraform apply` against the loopback server. */
async function applyWithLoopbackS3(extraEnv: Record<string, string>): Promise<RecordedRequest[]> {
  const { stack } = testStack();
  new ObjectStorageBackend(stack, 'state', { namespace: 'axaxnpcrorw5', bucket: 'tf-state', environment: 'dev', keyPrefix: 'platform', backendType: StateBackendType.S3_COMPATIBLE });
  const backend = synthJson(stack).terraform.backend;

  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'oci-s3-backend-'));
  const certificate = createCertificate(directory);
  const requests: RecordedRequest[] = [];
  const server = await startS3Server('tf-state', certificate, requests);
  try {
    // Only the endpoint changes, to the loopback server. An output gives apply a state to write.
    const port = (server.address() as AddressInfo).port;
    backend.s3.endpoints.s3 = `https://127.0.0.1:${port}`;
    fs.writeFileSync(path.join(directory, 'main.tf.json'), JSON.stringify({ terraform: { backend }, output: { environment: { value: 'dev' } } }));
    fs.writeFileSync(path.join(directory, 'cli.tfrc'), '');
    const env = {
      PATH: process.env.PATH,
      HOME: directory,
      CHECKPOINT_DISABLE: '1',
      TF_CLI_CONFIG_FILE: path.join(directory, 'cli.tfrc'),
      TF_IN_AUTOMATION: '1',
      AWS_ACCESS_KEY_ID: 'loopback-test-access-key',
      AWS_SECRET_ACCESS_KEY: 'loopback-test-secret-key',
      NO_PROXY: '127.0.0.1',
      SSL_CERT_FILE: certificate.certFile,
      ...extraEnv,
    };

    await run('terraform', ['init', '-input=false', '-no-color'], { cwd: directory, env });
    await run('terraform', ['apply', '-auto-approve', '-input=false', '-no-color'], { cwd: directory, env });
  } finally {
    server.close();
    fs.rmSync(directory, { recursive: true, force: true });
  }
  return requests;
}

function statePuts(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter((request) => request.method === 'PUT' && new URL(request.url, 'https://127.0.0.1').pathname === '/tf-state/platform/dev/test.tfstate');
}

describe('ObjectStorageBackend s3 block with Terraform', () => {
  testWithTerraform('apply writes a plain payload with checksum variables', async () => {
    const requests = await applyWithLoopbackS3({ AWS_REQUEST_CHECKSUM_CALCULATION: 'when_required', AWS_RESPONSE_CHECKSUM_VALIDATION: 'when_required' });

    const listings = requests.filter((request) => request.method === 'GET' && request.url.startsWith('/tf-state?list-type=2'));
    expect(listings.length).toBeGreaterThan(0);
    const puts = statePuts(requests);
    expect(puts.length).toBe(1);
    expect(puts[0].headers['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(puts[0].headers['content-encoding']).toBeUndefined();
    expect(puts[0].headers['x-amz-sdk-checksum-algorithm']).toBeUndefined();
    expect(Object.keys(puts[0].headers).filter((name) => name.startsWith('x-amz-checksum-') || name === 'x-amz-trailer')).toEqual([]);
    expect(puts[0].headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=loopback-test-access-key\/\d{8}\/us-ashburn-1\/s3\/aws4_request/);
  });

  // Seen with Terraform 1.11.4, whose AWS SDK streams a CRC32 trailer since Terraform 1.11.2. OCI's S3
  // Compatibility API rejects that form ("x-amz-content-sha256 must be UNSIGNED-PAYLOAD or a valid sha256
  // value"), which is why the pipeline guide sets the two checksum variables.
  testWithTerraform('apply streams a checksum trailer by default', async () => {
    const requests = await applyWithLoopbackS3({});

    const puts = statePuts(requests);
    expect(puts.length).toBe(1);
    expect(puts[0].headers['x-amz-content-sha256']).toBe('STREAMING-UNSIGNED-PAYLOAD-TRAILER');
    expect(puts[0].headers['x-amz-trailer']).toBe('x-amz-checksum-crc32');
  });
});
