/**
 * Cluster type (OKE "Working with Enhanced Clusters and Basic Clusters"). Enhanced clusters add
 * virtual nodes, add-on management, workload identity, node cycling and a financially backed SLA, and
 * cost a fee per cluster hour. Basic clusters come with an SLO only. An enhanced cluster cannot be
 * turned back into a basic one.
 */
export enum ClusterType {
  BASIC = 'BASIC_CLUSTER',
  ENHANCED = 'ENHANCED_CLUSTER',
}
