import type { OperationModule } from '../operation.js';

export const tags: OperationModule = { routes: [], operations: [] };
