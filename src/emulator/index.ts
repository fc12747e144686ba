export { startEmulator, type EmulatorOptions, type RunningEmulator } from './server.js';
export type { QuotaConfig } from './quotas.js';
