/** ARNs as SES forms them: arn:{partition}:ses:{region}:{account}:{type}/{name}. */
export type ArnResourceType = 'configuration-set' | 'identity' | 'dedicated-ip-pool';

function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function sesArn(region: string, account: string, type: ArnResourceType, name: string): string {
  return `arn:${partitionOf(region)}:ses:${region}:${account}:${type}/${name}`;
}
