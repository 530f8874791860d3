import { GatewayError } from './gatewayError.js';

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
