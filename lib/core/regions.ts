/**
 * Commercial OCI regions: region identifier to the three-letter region key used in OCIR hosts.
 * Source: Oracle's "Regions and Availability Domains" page; `oci_identity_regions` returns the same pairs.
 */
// TODO(registry): complete the table with every commercial region.
export const REGION_KEYS: Readonly<Record<string, string>> = {
  'eu-frankfurt-1': 'fra',
  'uk-london-1': 'lhr',
  'us-ashburn-1': 'iad',
  'us-phoenix-1': 'phx',
};

/** Returns the region key (`iad` for `us-ashburn-1`), or undefined when the region is not in the table. */
export function regionKey(region: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(REGION_KEYS, region) ? REGION_KEYS[region] : undefined;
}

/** Region identifiers in the table, sorted. */
export function knownRegions(): string[] {
  return Object.keys(REGION_KEYS).sort();
}
