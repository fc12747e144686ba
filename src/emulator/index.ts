export { startEmulator, type EmulatorOptions, type RunningEmulator } from './server.js';
export type { QuotaConfig } from './quotas.js';
export { FAULT_KINDS, type FaultKind, type FaultRule } from './faults.js';
export type { StateFileSystem } from './stateFile.js';
