/**
 * Values the examples share. Real deployments set them through the environment; the placeholders
 * let `npm run synth` work on a fresh clone, but `cdktf deploy` needs real OCIDs.
 */
export const exampleSettings = {
  /** Region the stacks deploy to. */
  region: process.env.OCI_REGION ?? 'us-ashburn-1',
  /** Tenancy OCID. */
  tenancyOcid: process.env.OCI_TENANCY_OCID ?? 'ocid1.tenancy.oc1..aaaaaaaaexampletenancy',
  /** Compartment for the registry, network and cluster. */
  compartmentOcid: process.env.OCI_COMPARTMENT_OCID ?? 'ocid1.compartment.oc1..aaaaaaaaexamplecompartment',
  /** The tenancy's home region; undefined looks it up at plan time. */
  homeRegion: process.env.OCI_HOME_REGION,
};
