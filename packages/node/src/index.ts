// Lens's Node.js adapters (ADR 17): everything the core's ports need that touches the machine.
export { argon2Passwords, nodeCrypto, systemClock } from './services';
export { PdfRenderer } from './pdf/pdf-renderer';
export { readCsv } from './csv/read-csv-sync';
export { importFile } from './files/import-file';
export {
  loadBundledData,
  buildBundledData,
  BUNDLED_DIR,
  BUNDLED_CATALOG,
  BUNDLED_SUPPLEMENT,
  catalogWithSupplement,
} from './files/bundled-data';
export { buildFeaturesFromFolder, featureCsv, writeFeatureCsv } from './files/build-features';
export { addReferenceModelFromFile } from './files/reference-model';
export { readBacktestTable, writeBacktestTable } from './files/backtest-files';
export { runOriginsInParallel } from './compute/parallel-backtest';
export {
  configuredVault,
  addKeyToRing,
  readKeyring,
  vaultFromKeyring,
  DEFAULT_KEYRING,
} from './crypto/reporter-vault';
export { loadGazetteer, ADMIN1_POINTS } from './files/gazetteer';
export { loadCatalogTranslations, CATALOG_TRANSLATIONS_DIR } from './files/catalog-translations';
export { fileEvidenceStore, DEFAULT_EVIDENCE_DIR } from './files/evidence-store';
export { terminalProgress } from './progress';
export { nodeAdapters, openNodeLens, type NodeAdapterOptions } from './adapters';
export {
  instanceKey,
  verifyEd25519,
  keyIdOfPublicKey,
  DEFAULT_INSTANCE_KEY,
  type InstanceKey,
} from './crypto/instance-key';
export { httpShareTransport } from './sharing/http-transport';
export { parseJsonText } from './files/json-text';
