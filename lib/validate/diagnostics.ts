import * as path from 'path';

/** One problem Terraform reported for a stack. */
export interface ValidationDiagnostic {
  /** Severity of the problem. Errors make the stack invalid, warnings do not. */
  readonly severity: 'error' | 'warning';
  /** Terraform's one-line summary, such as `Missing required argument`. */
  readonly summary: string;
  /** Terraform's explanation, or an empty string. */
  readonly detail: string;
  /** The Terraform command that reported it. */
  readonly command: 'init' | 'validate';
  /** Path of the configuration file the problem is in, inside the stack directory. @default - no file */
  readonly file?: string;
  /** Line of the problem in `file`, starting at 1. @default - no position */
  readonly line?: number;
  /** Column of the problem in `line`, starting at 1. @default - no position */
  readonly column?: number;
  /** Address of the resource or data source the problem is in, such as `oci_core_subnet.private`. @default - the problem is not inside one */
  readonly address?: string;
  /** Terraform's name for the enclosing block, such as `resource.oci_core_subnet.private.timeouts`. @default - no block */
  readonly context?: string;
}

/** The diagnostic object of Terraform's machine-readable output (`-json`). */
export interface TerraformJsonDiagnostic {
  readonly severity?: string;
  readonly summary?: string;
  readonly detail?: string;
  readonly range?: { readonly filename?: string; readonly start?: { readonly line?: number; readonly column?: number } };
  readonly snippet?: { readonly context?: string | null };
}

/**
 * Converts a diagnostic of Terraform's JSON output. File names are relative to the directory
 * Terraform ran in, so `configDir` (where the user's copy of those files is) is joined to them.
 */
export function convertDiagnostic(diagnostic: TerraformJsonDiagnostic, command: 'init' | 'validate', configDir: string): ValidationDiagnostic {
  const context = diagnostic.snippet?.context ?? undefined;
  const filename = diagnostic.range?.filename;
  return {
    severity: diagnostic.severity === 'warning' ? 'warning' : 'error',
    summary: diagnostic.summary ?? '',
    detail: diagnostic.detail ?? '',
    command,
    file: filename !== undefined ? path.join(configDir, filename) : undefined,
    line: diagnostic.range?.start?.line,
    column: diagnostic.range?.start?.column,
    address: context !== undefined ? addressFromContext(context) : undefined,
    context,
  };
}

/**
 * Derives a resource or data source address from a snippet context. Terraform names the enclosing
 * block as a dotted path in JSON files (`resource.oci_core_vcn.main.timeouts`, `data.oci_identity_tenancy.t`)
 * and as the block header in native syntax (`resource "oci_core_vcn" "main"`).
 */
export function addressFromContext(context: string): string | undefined {
  const dotted = /^(resource|data)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)/.exec(context);
  if (dotted) {
    return dotted[1] === 'data' ? `data.${dotted[2]}.${dotted[3]}` : `${dotted[2]}.${dotted[3]}`;
  }

  const header = /^(resource|data) "([^"]+)" "([^"]+)"/.exec(context);
  if (header) {
    return header[1] === 'data' ? `data.${header[2]}.${header[3]}` : `${header[2]}.${header[3]}`;
  }
  return undefined;
}

/**
 * Formats a diagnostic for a terminal, in the order Terraform uses: severity and summary, where, then detail.
 * File paths inside `cwd` are shown relative to it.
 */
export function formatDiagnostic(diagnostic: ValidationDiagnostic, cwd: string): string {
  const lines = [`${diagnostic.severity === 'error' ? 'Error' : 'Warning'}: ${diagnostic.summary}`];

  if (diagnostic.address !== undefined) {
    lines.push(`  resource: ${diagnostic.address}`);
  }

  if (diagnostic.file !== undefined) {
    const position = diagnostic.line !== undefined ? `:${diagnostic.line}:${diagnostic.column ?? 1}` : '';
    const block = diagnostic.context !== undefined ? ` (in ${diagnostic.context})` : '';
    lines.push(`  at: ${displayPath(diagnostic.file, cwd)}${position}${block}`);
  }

  if (diagnostic.detail.trim() !== '') {
    // Blank lines separate the paragraphs of Terraform's detail text, so they stay.
    for (const detailLine of diagnostic.detail.trimEnd().split('\n')) {
      lines.push(detailLine.trim() === '' ? '' : `  ${detailLine}`);
    }
  }
  return lines.join('\n');
}

/** Returns `file` relative to `cwd` when it is inside it, else the absolute path. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  if (relative === '') {
    return '.';
  }
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
