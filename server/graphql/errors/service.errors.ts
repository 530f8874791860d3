import { GatewayError } from './gatewayError.js';

/** The database went away (a restart, a network fault): the request may be retried as it is. */
export class DatabaseUnavailableError extends GatewayError {
  constructor() {
    super('DATABASE_UNAVAILABLE', 'The database cannot be reached right now; retry in a few seconds', {}, 503);
  }
}

/** A bug: the details go to the log, never (in production) to the client. */
export class InternalServerError extends GatewayError {
  constructor(message = 'Internal server error') {
    super('INTERNAL_SERVER_ERROR', message, {}, 500);
  }
}
