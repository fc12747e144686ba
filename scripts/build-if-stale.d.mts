/** Why `root`'s dist/ needs a build, or undefined when it does not (also when `root` has no src/). */
export function staleReason(root: string): string | undefined;
