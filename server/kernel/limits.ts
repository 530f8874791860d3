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

  // Introspection (`__schema` / `__type` subtrees): bounded on their own, not by the data-query depth and
  // cost above. GraphiQL's standard query is 15 levels deep (nine `ofType`) and selects ~230 fields; graphql-js's
  // MaxIntrospectionDepthRule bounds the list recursion (fields › type › fields …); aliases and tokens count as for data.
  maxIntrospectionDepth: 20,
  /** Fields selected inside introspection subtrees (each fragment spread counted again). */
  maxIntrospectionFields: 1000,
  /** Introspection-only answers kept per process (one per distinct document and variables). */
  introspectionCacheEntries: 16,
  /** Operations compiled by graphql-jit kept per process (one per distinct document and operation name). */
  compiledQueryEntries: 256,

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
  /**
   * "Did you mean" searches in one request (kernel/workBudget.ts): further unknown names are answered
   * PRODUCT_NOT_FOUND without candidates, saying so. Each search costs ~1–3 ms of event-loop time.
   */
  maxSuggestionsPerRequest: 10,
  /** Rate-limit units one suggestion search costs (a known name's lookup costs 1). */
  suggestionUnits: 25,
  /**
   * Request cost of text (graphql/cost.ts): each argument string costs 1 per full this many characters
   * (the longest catalogue name has 82, so a real name costs at most 1; a 290-character one 6).
   */
  textUnitChars: 48,

  // Tenant data
  /**
   * The largest amount of money stored (docs/domain.md §2 Money bounds): 999,999,999,999.99 NOK =
   * 10^14 − 1 øre. It is exact in every place an amount passes: a JS number (< 2^53, so better-sqlite3,
   * which reads SQLite INTEGERs as numbers, returns it unrounded), a SQLite INTEGER and a PostgreSQL
   * bigint (both < 2^63). Above it (or below −it) an amount is BAD_USER_INPUT, never rounded. Sums of
   * stored amounts (the liability cap) are computed as bigint and may exceed it.
   */
  maxMoneyOre: 99_999_999_999_999n,
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
  /** Subscriptions per tenant (createSubscription beyond it: BAD_USER_INPUT, reason TENANT_LIMIT). */
  maxSubscriptions: 200,
  /** Events in one calendar feed (more: 422 FEED_TOO_LARGE); 200 subscriptions give ~4,600 in the 11-year window. */
  maxFeedEvents: 5000,
  /** Rendered feeds kept in memory (each rendered once per change of what it shows), in bytes. */
  maxFeedCacheBytes: 64 * 1024 * 1024,
  /** Rate-limit units of one feed GET: 1, plus 1 per this many bytes sent, plus 1 per this many events rendered. */
  feedBytesPerUnit: 100 * 1024,
  feedEventsPerUnit: 20,
  maxCsvRows: 5000,
  maxCsvBytes: 512 * 1024,

  // Windows of time
  /**
   * The dates a client may send (the Date scalar; DateTime instants from the first to the last second of
   * these days, UTC): 1900-01-01 … 2999-12-31. Outside them: BAD_USER_INPUT, reason DATE_OUT_OF_RANGE.
   * Every computation from a date in range (up to 120-month terms, 20-year windows) stays in 4-digit years.
   */
  minDate: '1900-01-01',
  maxDate: '2999-12-31',
  /** upcoming(from, to): at most this many years. */
  maxWindowYears: 20,
  /** estateRisk(withinMonths). */
  maxRiskMonths: 240,
} as const;
