/**
 * Commercial OCI regions of the OC1 realm: region identifier, three-letter region key (used in
 * OCIR hosts such as `iad.ocir.io`) and the number of availability domains.
 *
 * Sources, checked on 2026-12-04:
 * - Oracle's "Regions and Availability Domains" table (docs.oracle.com/iaas/Content/General/Concepts/regions.htm),
 *   as published on 2025-03-11: identifiers, keys and availability domain counts of 39 OC1 regions.
 * - Oracle's TypeScript SDK, oci-common 2.142.1 (`lib/region.js`, published 2026-09-29), which has the
 *   same key for each of those 39 and adds five regions launched later: af-casablanca-1, ap-batam-1,
 *   ap-kulai-2, eu-madrid-3 and eu-turin-1. Their availability domain counts are not recorded here.
 * At plan time, the `oci_identity_regions` data source returns the same identifier and key pairs.
 *
 * NOTE: Government and sovereign realms (OC2, OC3, OC4, OC19 and others), dedicated regions and
 * eu-jovanovac-1 (realm OC20, whose registry is not under `ocir.io`) are not included. The SDK also
 * lists ap-delhi-1 and us-saltlake-2 as OC1, but neither is in the public table and no public launch
 * of either was found, so they are left out.
 * A region launched after the date above is rejected by OciEnvironment until it is added here.
 */

/** Facts this library needs about one region. */
interface RegionFacts {
  /** Three-letter region key, lowercase as in OCIR hosts. */
  readonly key: string;
  /** Availability domains in the region, when the public table lists the region. */
  readonly availabilityDomains?: number;
}

const COMMERCIAL_REGIONS: Readonly<Record<string, RegionFacts>> = {
  'af-casablanca-1': { key: 'lej' },
  'af-johannesburg-1': { key: 'jnb', availabilityDomains: 1 },
  'ap-batam-1': { key: 'hsg' },
  'ap-chuncheon-1': { key: 'yny', availabilityDomains: 1 },
  'ap-hyderabad-1': { key: 'hyd', availabilityDomains: 1 },
  'ap-kulai-2': { key: 'jbp' },
  'ap-melbourne-1': { key: 'mel', availabilityDomains: 1 },
  'ap-mumbai-1': { key: 'bom', availabilityDomains: 1 },
  'ap-osaka-1': { key: 'kix', availabilityDomains: 1 },
  'ap-seoul-1': { key: 'icn', availabilityDomains: 1 },
  'ap-singapore-1': { key: 'sin', availabilityDomains: 1 },
  'ap-singapore-2': { key: 'xsp', availabilityDomains: 1 },
  'ap-sydney-1': { key: 'syd', availabilityDomains: 1 },
  'ap-tokyo-1': { key: 'nrt', availabilityDomains: 1 },
  'ca-montreal-1': { key: 'yul', availabilityDomains: 1 },
  'ca-toronto-1': { key: 'yyz', availabilityDomains: 1 },
  'eu-amsterdam-1': { key: 'ams', availabilityDomains: 1 },
  'eu-frankfurt-1': { key: 'fra', availabilityDomains: 3 },
  'eu-madrid-1': { key: 'mad', availabilityDomains: 1 },
  'eu-madrid-3': { key: 'orf' },
  'eu-marseille-1': { key: 'mrs', availabilityDomains: 1 },
  'eu-milan-1': { key: 'lin', availabilityDomains: 1 },
  'eu-paris-1': { key: 'cdg', availabilityDomains: 1 },
  'eu-stockholm-1': { key: 'arn', availabilityDomains: 1 },
  'eu-turin-1': { key: 'nrq' },
  'eu-zurich-1': { key: 'zrh', availabilityDomains: 1 },
  'il-jerusalem-1': { key: 'mtz', availabilityDomains: 1 },
  'me-abudhabi-1': { key: 'auh', availabilityDomains: 1 },
  'me-dubai-1': { key: 'dxb', availabilityDomains: 1 },
  'me-jeddah-1': { key: 'jed', availabilityDomains: 1 },
  'me-riyadh-1': { key: 'ruh', availabilityDomains: 1 },
  'mx-monterrey-1': { key: 'mty', availabilityDomains: 1 },
  'mx-queretaro-1': { key: 'qro', availabilityDomains: 1 },
  'sa-bogota-1': { key: 'bog', availabilityDomains: 1 },
  'sa-santiago-1': { key: 'scl', availabilityDomains: 1 },
  'sa-saopaulo-1': { key: 'gru', availabilityDomains: 1 },
  'sa-valparaiso-1': { key: 'vap', availabilityDomains: 1 },
  'sa-vinhedo-1': { key: 'vcp', availabilityDomains: 1 },
  'uk-cardiff-1': { key: 'cwl', availabilityDomains: 1 },
  'uk-london-1': { key: 'lhr', availabilityDomains: 3 },
  'us-ashburn-1': { key: 'iad', availabilityDomains: 3 },
  'us-chicago-1': { key: 'ord', availabilityDomains: 3 },
  'us-phoenix-1': { key: 'phx', availabilityDomains: 3 },
  'us-sanjose-1': { key: 'sjc', availabilityDomains: 1 },
};

/** Region identifier to region key, such as `us-ashburn-1` to `iad`, for every region in the table. */
export const REGION_KEYS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(COMMERCIAL_REGIONS).map(([region, facts]) => [region, facts.key])),
);

/** Returns the region key (`iad` for `us-ashburn-1`), or undefined when the region is not in the table. */
export function regionKey(region: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(REGION_KEYS, region) ? REGION_KEYS[region] : undefined;
}

/** Region identifiers in the table, sorted. */
export function knownRegions(): string[] {
  return Object.keys(REGION_KEYS).sort();
}

/**
 * Returns the number of availability domains of a region as Oracle's table of 2025-03-11 lists it:
 * 3 for us-ashburn-1, us-chicago-1, us-phoenix-1, eu-frankfurt-1 and uk-london-1, 1 for the others.
 * Returns undefined for regions launched after that table and for regions not in the table.
 *
 * Oracle may add availability domains to a region, so the `availabilityDomains` data source of
 * OciEnvironment stays the authority at plan time.
 */
export function availabilityDomainCount(region: string): number | undefined {
  if (!Object.prototype.hasOwnProperty.call(COMMERCIAL_REGIONS, region)) {
    return undefined;
  }
  return COMMERCIAL_REGIONS[region].availabilityDomains;
}
