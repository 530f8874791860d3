/**
 * Every size limit of the gateway in one place (README "Reliability" lists them with the error each
 * one answers). Column lengths of the entities match the text limits here; the migrations fix them.
 */
export const LIMITS = {
  // HTTP
  /** Request body: larger bodies are refused as they arrive (413 PAYLOAD_TOO_LARGE). */
  maxBodyBytes: 1024 * 1024,

  // GraphQL documents (QUERY_TOO_COMPLEX with a reason)
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 10,
  /** Counted by graphql-js's parser (Apollo parseOptions). */
  maxTokens: 2000,

  // Lookups
  /** Items of one bulk field (supportPhases, subscriptionDeadlinesMany …): TOO_MANY_ITEMS above. */
  maxBulkItems: 1000,
  /** A product or service name as typed. */
  maxNameLength: 300,
  /**
   * Typo and "did you mean" searches one request may run for names the catalogue does not know as
   * written (lifecycle/catalogue/catalogue.ts ResolveBudget); beyond it an unknown name gets cheaper
   * suggestions and no typo search. Known names never draw on it.
   */
  maxNameSearches: 100,
  /** Names in one upcomingForProducts question. */
  maxProductNames: 200,
  /** Names in one /calendar/products.ics feed URL. */
  maxFeedProducts: 50,
  /** `first` of a products page. */
  maxPageSize: 500,

  // Tenant data
  maxLabelLength: 200,
  maxTenantNameLength: 200,
  maxSubscriptionProductLength: 200,
  maxPaymentDescriptionLength: 300,
  maxPlatformLength: 100,
  maxVersionLength: 40,
  /** Seats of a subscription and the count of an estate row. */
  maxCount: 1_000_000,
  maxNoteLength: 500,
  /** Estate rows per tenant, and rows and bytes of one CSV upload. */
  maxEstateItems: 5000,
  maxCsvRows: 5000,
  maxCsvBytes: 512 * 1024,

  // Windows of time
  /** upcoming(from, to): at most this many years. */
  maxWindowYears: 20,
  /** estateRisk(withinMonths). */
  maxRiskMonths: 240,
} as const;
