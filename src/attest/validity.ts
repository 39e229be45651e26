/**
 * How long an attestation is valid, in days. A module of its own, free of imports, so that the
 * CLI's option defaults do not load the signer and the verifier at start-up.
 */
export const DEFAULT_VALID_DAYS = 90
/** Longest validity window an attestation may claim (ois-ready issues at most this many days). */
export const MAX_VALID_DAYS = 400
