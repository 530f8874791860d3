import { GraphQLError } from 'graphql';

/**
 * Every error a client can see, one class per code (STYLE rule 5: translated once, at the edge).
 * `extensions.code` is the stable contract; messages are written for procurement users.
 */
export class GatewayError extends GraphQLError {
  constructor(code: string, message: string, extra: Record<string, unknown> = {}, httpStatus?: number) {
    super(message, { extensions: { code, ...extra, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}

export class ProductNotFoundError extends GatewayError {
  constructor(message: string, candidates: string[]) {
    super('PRODUCT_NOT_FOUND', message, { candidates });
  }
}

export class ProductAmbiguousError extends GatewayError {
  constructor(message: string, candidates: string[]) {
    super('PRODUCT_AMBIGUOUS', message, { candidates });
  }
}

export class LevelNotFoundError extends GatewayError {
  constructor(message: string, candidates: string[]) {
    super('LEVEL_NOT_FOUND', message, { candidates });
  }
}

export class BadUserInputError extends GatewayError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, extra);
  }
}

export class UnauthenticatedError extends GatewayError {
  constructor(message = 'An API key is required: send Authorization: Bearer <key>') {
    super('UNAUTHENTICATED', message, {}, 401);
  }
}

export class ForbiddenError extends GatewayError {
  constructor(message = 'This API key may not do that') {
    super('FORBIDDEN', message, {}, 403);
  }
}

/** Deliberately the same for "does not exist" and "belongs to another tenant": no existence leaks. */
export class NotFoundError extends GatewayError {
  constructor(what: string, code = 'NOT_FOUND') {
    super(code, `No ${what} with that id for this tenant`);
  }
}

export class TooManyItemsError extends GatewayError {
  constructor(max: number, got: number) {
    super('TOO_MANY_ITEMS', `At most ${max} lookups per request; got ${got}. Split the request.`, { max });
  }
}
