import type { OperationModule } from '../operation.js';

export const eventDestinations: OperationModule = { routes: [], operations: [] };
