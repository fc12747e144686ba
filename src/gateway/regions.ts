/**
 * Which region names the gateway accepts: the regions the installed AWS SDK
 * resolves SES endpoints for, plus any the operator adds (SES_EXTRA_REGIONS).
 * The set is finite on purpose: every region a request names gets its own SES
 * client, limiters and write queue, kept for the life of the process.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';

interface PartitionResult {
  description?: string;
}

/**
 * The endpoint partitions of the very @aws-sdk/core that @aws-sdk/client-sesv2
 * resolves its endpoints with (SESv2's endpoint rules name no regions of their
 * own; they defer to these partitions). `partition(name)` adds a region's
 * description only when the SDK lists the region by name; a name that merely
 * fits a partition's pattern gets none.
 */
const sdkPartition: (region: string) => PartitionResult = (() => {
  const requireFromSes = createRequire(createRequire(import.meta.url).resolve('@aws-sdk/client-sesv2'));
  const { partition } = requireFromSes('@aws-sdk/core/client') as { partition: (region: string) => PartitionResult };
  return partition;
})();

/** What a region name looks like: us-east-1, eu-isoe-west-1, eusc-de-east-1. Checked before asking the SDK. */
const REGION_SHAPE = /^[a-z]{2,6}(-[a-z]{2,10}){1,3}-\d{1,2}$/;

/** Whether the installed SDK lists `name` as a region (its `*-global` endpoint aliases are not regions). */
export function isSdkRegion(name: string): boolean {
  return REGION_SHAPE.test(name) && typeof sdkPartition(name).description === 'string';
}

/** SES_EXTRA_REGIONS: comma-separated region names, each of a region's shape. */
export const extraRegionsSchema = z.string().transform((text, ctx) => {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!REGION_SHAPE.test(name)) {
      ctx.addIssue({ code: 'custom', message: `"${name}" is not a region name (lowercase, like ap-southeast-9)` });
      return z.NEVER;
    }
  }
  return [...new Set(names)];
});

export const UNKNOWN_REGION_HINT = 'The gateway accepts the regions its AWS SDK knows for SES; an operator can add others with SES_EXTRA_REGIONS.';

/** The regions this gateway serves. */
export class KnownRegions {
  private readonly extra: ReadonlySet<string>;

  constructor(extra: readonly string[] = []) {
    this.extra = new Set(extra);
  }

  has(name: string): boolean {
    return this.extra.has(name) || isSdkRegion(name);
  }

  /** The operator's additions, for messages and logs. */
  get extraRegions(): readonly string[] {
    return [...this.extra];
  }
}

/** The environment variables of regions, for config.ts's schema. */
export const regionsEnvShape = {
  AWS_REGION: z.string().regex(REGION_SHAPE, 'must be an AWS region such as us-east-1').default('us-east-1'),
  SES_EXTRA_REGIONS: extraRegionsSchema.optional(),
};

/** The rule for config.ts's schema: AWS_REGION is a region the gateway serves, one the SDK knows for SES or one of SES_EXTRA_REGIONS. */
export const defaultRegionIsServed = z.refine<{ AWS_REGION: string; SES_EXTRA_REGIONS?: string[] | undefined }>(
  (env) => new KnownRegions(env.SES_EXTRA_REGIONS).has(env.AWS_REGION),
  { path: ['AWS_REGION'], message: 'is not a region the AWS SDK knows for SES; add it to SES_EXTRA_REGIONS if SES serves it' },
);
