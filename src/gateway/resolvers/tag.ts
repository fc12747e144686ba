import type { Resolvers } from '../generated/resolvers.js';
import { sdk } from './fields.js';

/** Tag is mapped to the SDK's Tag ({Key, Value}); every Taggable's tags resolve through this. */
export const tagResolvers: Resolvers = {
  Tag: {
    key: sdk('Key', ''),
    value: sdk('Value', ''),
  },
};
