/**
 * Asking about a level the product does not have is a contract error of the caller (the GraphQL layer
 * validates level codes against `levelSupports` and translates this into its typed error).
 */
export class UnknownLevelError extends Error {
  override readonly name = 'UnknownLevelError';

  constructor(
    readonly productSlug: string,
    readonly levelCode: string,
    /** The level codes the product does have, in order. */
    readonly available: string[],
  ) {
    const known = available.length > 0 ? available.join(', ') : 'none';
    super(`${productSlug} has no level "${levelCode}" (levels: ${known})`);
  }
}
