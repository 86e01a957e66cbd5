import { isUnresolved, Validator } from './validation';

/**
 * Resource types that appear in the second field of an OCID, for the OCIDs this library accepts.
 * OCID form: `ocid1.<resource type>.<realm>.[region][.future use].<unique id>`.
 */
export type OcidKind =
  | 'compartment'
  | 'tenancy'
  | 'user'
  | 'group'
  | 'dynamicgroup'
  | 'key'
  | 'vault'
  | 'image'
  | 'vcn'
  | 'subnet'
  | 'networksecuritygroup'
  | 'cluster'
  | 'nodepool'
  | 'repository'
  | 'policy'
  | 'tagnamespace'
  | 'domain';

// Realm names are lowercase letters and digits (oc1, oc2, ...). The region field may be empty, and
// the last field is a base32 string of lowercase letters and digits.
const OCID_PATTERN = /^ocid1\.([a-z0-9]+)\.([a-z0-9]+)\.([a-z0-9-]*)(\.[a-z0-9-]*)?\.([a-z0-9]+)$/;

/** Returns the resource type field of an OCID, or undefined when the string is not an OCID. */
export function ocidKind(value: string): string | undefined {
  const match = OCID_PATTERN.exec(value);
  return match ? match[1] : undefined;
}

/** Describes the accepted kinds for an error message, such as `an OCID of the form ocid1.compartment.<realm>...`. */
export function describeOcidKinds(kinds: readonly OcidKind[]): string {
  const forms = kinds.map((kind) => `'ocid1.${kind}.<realm>.<region>.<unique id>'`);
  return forms.length === 1 ? forms[0] : `${forms.slice(0, -1).join(', ')} or ${forms[forms.length - 1]}`;
}

/**
 * Records a problem unless `value` is an OCID of one of `kinds`.
 * Undefined values and unresolved tokens pass: they are optional or only known at plan time.
 */
export function checkOcid(validator: Validator, property: string, value: string | undefined, kinds: readonly OcidKind[]): void {
  if (value === undefined || isUnresolved(value)) {
    return;
  }
  const kind = ocidKind(value);
  if (kind === undefined) {
    validator.add(property, value, `is not an OCID: expected ${describeOcidKinds(kinds)}`);
  } else if (!(kinds as readonly string[]).includes(kind)) {
    validator.add(property, value, `is an OCID of kind '${kind}': expected ${describeOcidKinds(kinds)}`);
  }
}

/** A compartment may be a compartment or the tenancy itself (the root compartment). */
export const COMPARTMENT_OCID_KINDS: readonly OcidKind[] = ['compartment', 'tenancy'];
