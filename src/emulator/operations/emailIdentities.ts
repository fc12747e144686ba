import type { OperationModule } from '../operation.js';

export const emailIdentities: OperationModule = { routes: [], operations: [] };
