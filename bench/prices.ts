/**
 * Public on-demand prices, us-east-1, as published by AWS on their pricing pages
 * (aws.amazon.com/api-gateway/pricing, /lambda/pricing, /dynamodb/pricing/on-demand),
 * read 2026-11. Change them here when they change.
 */
/** HTTP API: per million requests (first 300 million a month). */
export const HTTP_API_PER_MILLION_USD = 1.0;
/** Lambda: per million requests. */
export const LAMBDA_REQUESTS_PER_MILLION_USD = 0.2;
/** Lambda arm64: per GB-second of duration. */
export const LAMBDA_ARM64_PER_GB_SECOND_USD = 0.0000133334;
/** DynamoDB on-demand: per million write request units. */
export const DYNAMODB_PER_MILLION_WRU_USD = 0.625;
/** DynamoDB on-demand: per million read request units. */
export const DYNAMODB_PER_MILLION_RRU_USD = 0.125;
