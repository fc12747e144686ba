/**
 * A ranked route table for the SESv2 REST paths. A path template's segments
 * are literals or `{Label}`s; among templates that match a request, the one
 * with the most literal segments wins, so `/v2/email/configuration-sets/x`
 * can never shadow a longer, more specific route.
 */
type QueryMemberType = 'string' | 'integer' | 'list';

export interface RouteSpec<Op extends string = string> {
  method: string;
  path: string;
  operation: Op;
  /** Query-string members this route form reads, by member name. */
  query?: Record<string, QueryMemberType>;
}

interface CompiledRoute<Op extends string> extends RouteSpec<Op> {
  segments: ({ literal: string } | { label: string })[];
  rank: number;
}

export interface RouteMatch<Op extends string> {
  route: RouteSpec<Op>;
  labels: Record<string, string>;
}

export class Router<Op extends string> {
  private readonly routes: CompiledRoute<Op>[];

  constructor(specs: readonly RouteSpec<Op>[]) {
    this.routes = specs
      .map((spec) => {
        const segments = spec.path
          .split('/')
          .filter(Boolean)
          .map((part) => {
            const label = /^\{(\w+)\}$/.exec(part)?.[1];
            return label ? { label } : { literal: part };
          });
        return { ...spec, segments, rank: segments.filter((s) => 'literal' in s).length };
      })
      .sort((a, b) => b.rank - a.rank);
  }

  match(method: string, pathname: string): RouteMatch<Op> | undefined {
    const parts = pathname.split('/').filter(Boolean);
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== parts.length) continue;
      const labels: Record<string, string> = {};
      const matched = route.segments.every((segment, i) => {
        const part = parts[i] as string;
        if ('literal' in segment) return segment.literal === part;
        try {
          labels[segment.label] = decodeURIComponent(part);
        } catch {
          return false;
        }
        return true;
      });
      if (matched) return { route, labels };
    }
    return undefined;
  }

}
