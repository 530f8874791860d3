import { GatewayError } from './gatewayError.js';

/**
 * Deliberately the same message for "does not exist" and "belongs to another tenant": no existence leaks.
 * One class per code, so a client can tell what it asked for from the code alone.
 */
abstract class TenantRowNotFoundError extends GatewayError {
  constructor(code: string, what: string) {
    super(code, `No ${what} with that id for this tenant`);
  }
}

/** The caller's own tenant record is gone (its key outlived it). */
export class NotFoundError extends TenantRowNotFoundError {
  constructor(what = 'tenant') {
    super('NOT_FOUND', what);
  }
}

export class TenantNotFoundError extends TenantRowNotFoundError {
  constructor() {
    super('TENANT_NOT_FOUND', 'tenant');
  }
}

export class KeyNotFoundError extends TenantRowNotFoundError {
  constructor() {
    super('KEY_NOT_FOUND', 'API key');
  }
}

export class SubscriptionNotFoundError extends TenantRowNotFoundError {
  constructor() {
    super('SUBSCRIPTION_NOT_FOUND', 'subscription');
  }
}

export class PaymentNotFoundError extends TenantRowNotFoundError {
  constructor() {
    super('PAYMENT_NOT_FOUND', 'payment');
  }
}

export class EstateItemNotFoundError extends TenantRowNotFoundError {
  constructor() {
    super('ESTATE_ITEM_NOT_FOUND', 'estate item');
  }
}

export class CalendarFeedNotFoundError extends TenantRowNotFoundError {
  constructor() {
    super('CALENDAR_FEED_NOT_FOUND', 'calendar feed');
  }
}

/** An HTTP path the gateway does not serve. */
export class RouteNotFoundError extends GatewayError {
  constructor(method: string, path: string) {
    super('NOT_FOUND', `No route ${method} ${path}`, {}, 404);
  }
}
