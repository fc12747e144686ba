import type { OperationModule } from '../operation.js';
import { configurationSets } from './configurationSets.js';
import { dedicatedIpPools } from './dedicatedIpPools.js';
import { emailIdentities } from './emailIdentities.js';
import { eventDestinations } from './eventDestinations.js';
import { tags } from './tags.js';
import { vdm } from './vdm.js';

export const operationModules: readonly OperationModule[] = [
  configurationSets,
  eventDestinations,
  emailIdentities,
  tags,
  dedicatedIpPools,
  vdm,
];
