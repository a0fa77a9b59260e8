#pragma once

// The machine-readable error codes of docs/api.md (the `code` of an error body), with the
// HTTP status each comes with. The server answers with them and the client compares against
// them; tests/sandbox/check_openapi.py keeps this list and the documented enum identical.
namespace vpw::wire::ErrorCode {

inline constexpr char BadRequest[] = "BAD_REQUEST";                   // 400
inline constexpr char Unauthorized[] = "UNAUTHORIZED";                // 401
inline constexpr char EditionUnsupported[] = "EDITION_UNSUPPORTED";   // 403
inline constexpr char NotFound[] = "NOT_FOUND";                       // 404
inline constexpr char MethodNotAllowed[] = "METHOD_NOT_ALLOWED";      // 405
inline constexpr char NotRunning[] = "NOT_RUNNING";                   // 409
inline constexpr char ResourcesBound[] = "RESOURCES_BOUND";           // 409
inline constexpr char Duplicate[] = "DUPLICATE";                      // 409
inline constexpr char InvalidState[] = "INVALID_STATE";               // 409 (sandbox controls)
inline constexpr char PayloadTooLarge[] = "PAYLOAD_TOO_LARGE";        // 413
inline constexpr char InvalidField[] = "INVALID_FIELD";               // 422
inline constexpr char CidrReserved[] = "CIDR_RESERVED";               // 422
inline constexpr char CidrOverlap[] = "CIDR_OVERLAP";                 // 422
inline constexpr char RegionMismatch[] = "REGION_MISMATCH";           // 422
inline constexpr char IdempotencyMismatch[] = "IDEMPOTENCY_MISMATCH"; // 422
inline constexpr char RateLimited[] = "RATE_LIMITED";                 // 429
inline constexpr char InternalError[] = "INTERNAL_ERROR";             // 500 and other 5xx
inline constexpr char ServiceUnavailable[] = "SERVICE_UNAVAILABLE";   // 503

} // namespace vpw::wire::ErrorCode
