import { GatewayError } from './gatewayError.js';

/** A name the catalogue does not know; `candidates` are its "did you mean" suggestions. */
export class ProductNotFoundError extends GatewayError {
  constructor(message: string, candidates: string[]) {
    super('PRODUCT_NOT_FOUND', message, { candidates });
  }
}

/** A name that fits several products equally well; `candidates` names them. */
export class ProductAmbiguousError extends GatewayError {
  constructor(message: string, candidates: string[]) {
    super('PRODUCT_AMBIGUOUS', message, { candidates });
  }
}

/** A known product without the level asked for; `candidates` are its levels. */
export class LevelNotFoundError extends GatewayError {
  constructor(message: string, candidates: string[]) {
    super('LEVEL_NOT_FOUND', message, { candidates });
  }
}
