import type { OperationModule } from '../operation.js';

export const dedicatedIpPools: OperationModule = { routes: [], operations: [] };
