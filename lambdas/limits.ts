/** Request and storage limits (SPEC "Limits"); every value can be overridden by configuration. */
export interface Limits {
  /** Longest key, in characters. */
  readonly maxKeyLength: number;
  /** Largest value, in UTF-8 bytes. */
  readonly maxValueBytes: number;
  /** Most keys in one get/set/delete call. */
  readonly maxKeysPerCall: number;
  /** Largest JSON document (serialized, UTF-8 bytes). */
  readonly maxDocumentBytes: number;
  /** Largest request body, in bytes. */
  readonly maxBodyBytes: number;
  /** Deepest nesting of objects/arrays in a request body. */
  readonly maxDepth: number;
  /** Login timestamps kept per user (newest first). */
  readonly maxLoginHistory: number;
  /** Key/value quota: live keys in one namespace of one user (all app clients together). */
  readonly maxKeysPerNamespace: number;
  /** Key/value quota: UTF-8 bytes of keys plus values in one namespace of one user. */
  readonly maxBytesPerNamespace: number;
  /** Key/value quota: live keys in all of one user's namespaces together (user id, e-mail, wallets, IdPs). */
  readonly maxKeysPerUser: number;
  /** Key/value quota: UTF-8 bytes of keys plus values in all of one user's namespaces together. */
  readonly maxBytesPerUser: number;
  /** Failed sign-ins, reset codes or password changes per account within one window. */
  readonly maxFailuresPerAccount: number;
  /** Failed sign-ins, reset codes or password changes per source IP within one window. */
  readonly maxFailuresPerSource: number;
  /** Length of the attempt-limit window, in seconds. */
  readonly attemptWindowSeconds: number;
}

export const defaultLimits: Limits = {
  maxKeyLength: 256,
  maxValueBytes: 64 * 1024,
  maxKeysPerCall: 100,
  maxDocumentBytes: 64 * 1024,
  maxBodyBytes: 256 * 1024,
  maxDepth: 32,
  maxLoginHistory: 50,
  maxKeysPerNamespace: 1000,
  maxBytesPerNamespace: 10 * 1024 * 1024,
  maxKeysPerUser: 5000,
  maxBytesPerUser: 20 * 1024 * 1024,
  maxFailuresPerAccount: 10,
  maxFailuresPerSource: 100,
  attemptWindowSeconds: 15 * 60,
};
