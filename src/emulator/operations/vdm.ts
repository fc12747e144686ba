import type { OperationModule } from '../operation.js';

export const vdm: OperationModule = { routes: [], operations: [] };
