import type { SesAccess } from './ses/access.js';
import { createLoaders, type Loaders } from './ses/loaders.js';
import type { InputOf, OutputOf, SesWrites } from './ses/operations.js';

/** What every resolver gets: the SES layer, this request's loaders, and the default region. */
export interface GatewayContext {
  ses: SesAccess;
  readonly loaders: Loaders;
  defaultRegion: string;
  /** The AWS account the gateway's credentials belong to, for ARNs. */
  accountId: string;
  /** The region an argument names, or the default. The Region scalar has already refused malformed names. */
  region(argument?: string | null): string;
  /** A write through the SES layer; afterwards this request's loaders forget what they had read. */
  write<K extends keyof SesWrites>(region: string, operation: K, input: InputOf<K>): Promise<OutputOf<K>>;
  /** A read-modify-write, atomic with respect to other writes in the region (SesAccess.readModifyWrite); clears the loaders like `write`. */
  readModifyWrite: SesAccess['readModifyWrite'];
}

export function createContext(ses: SesAccess, defaultRegion: string, accountId: string): GatewayContext {
  // Apollo hands each operation a shallow copy of the context, so the loaders
  // are cleared in place, never replaced: every copy sees it.
  const forgetReads = () => {
    for (const loader of Object.values(context.loaders)) loader.clearAll();
  };
  const context: GatewayContext = {
    ses,
    loaders: createLoaders(ses),
    defaultRegion,
    accountId,
    region: (argument) => argument ?? defaultRegion,
    async write(region, operation, input) {
      try {
        return await ses.write(region, operation, input);
      } finally {
        forgetReads();
      }
    },
    async readModifyWrite(region, operation, prepare) {
      try {
        return await ses.readModifyWrite(region, operation, prepare);
      } finally {
        forgetReads();
      }
    },
  };
  return context;
}
