import { GatewayError, type HttpStatus } from './gatewayError.js';

/** A value the caller sent is not acceptable; the message says which and why. */
export class BadUserInputError extends GatewayError {
  constructor(message: string, extra: Record<string, unknown> = {}, http?: HttpStatus) {
    super('BAD_USER_INPUT', message, extra, http);
  }
}

/** A bulk field with more items than one request may carry. */
export class TooManyItemsError extends GatewayError {
  constructor(max: number, got: number, http?: HttpStatus) {
    super('TOO_MANY_ITEMS', `At most ${max} lookups per request; got ${got}. Split the request.`, { max }, http);
  }
}

/** The estate already has a row for this product and level (one row per product and level). */
export class EstateItemExistsError extends GatewayError {
  constructor(message: string, id: string) {
    super('ESTATE_ITEM_EXISTS', message, { id });
  }
}

/** A request that is not a GraphQL request this gateway can read (bad JSON, a bad URL, a subscription). */
export class BadRequestError extends GatewayError {
  constructor(message: string) {
    super('BAD_REQUEST', message, {}, 400);
  }
}

export class PayloadTooLargeError extends GatewayError {
  constructor(maxBytes: number) {
    super('PAYLOAD_TOO_LARGE', `Request body is larger than ${maxBytes} bytes`, {}, 413);
  }
}

export class MethodNotAllowedError extends GatewayError {
  constructor(message = 'Use GET or POST') {
    super('METHOD_NOT_ALLOWED', message, {}, 405);
  }
}
