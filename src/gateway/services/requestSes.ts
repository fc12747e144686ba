import type { GatewayContext } from '../context.js';

/**
 * What a service uses of the request: its SES writes (each clears the
 * request's loaders, so a service reads its own writes) and its reads through
 * those loaders and the identity index.
 */
export type RequestSes = Pick<GatewayContext, 'write' | 'readModifyWrite' | 'loaders' | 'identityIndex' | 'readDependencies'>;
