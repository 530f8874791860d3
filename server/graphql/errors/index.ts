/** Every error class a client can meet, one per code; README "Errors" lists them with their HTTP status. */
export { GatewayError } from './gatewayError.js';
export { ForbiddenError, UnauthenticatedError } from './auth.errors.js';
export { BadRequestError, BadUserInputError, EstateItemExistsError, MethodNotAllowedError, PayloadTooLargeError, TooManyItemsError } from './input.errors.js';
export { QueryTooComplexError, RateLimitedError, RequestTimeoutError } from './limit.errors.js';
export { LevelNotFoundError, ProductAmbiguousError, ProductNotFoundError } from './lookup.errors.js';
export {
  CalendarFeedNotFoundError,
  EstateItemNotFoundError,
  KeyNotFoundError,
  NotFoundError,
  PaymentNotFoundError,
  RouteNotFoundError,
  SubscriptionNotFoundError,
  TenantNotFoundError,
} from './notFound.errors.js';
export { IntrospectionRefusedError } from './schema.errors.js';
export { DatabaseUnavailableError, InternalServerError } from './service.errors.js';
export { problemError, problemsError } from './problemError.js';
export { formatError } from './formatError.js';
