export * from './finding';
export * from './provider-schema';
export * from './schema-conformance';
