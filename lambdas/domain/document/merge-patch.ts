/**
 * JSON Merge Patch, RFC 7396 §2, hand-written because it is ten lines: a member set to null
 * is removed, objects merge recursively, anything else replaces. Members are collected in a
 * Map and rebuilt with Object.fromEntries, so keys such as `__proto__`, `constructor` or
 * `prototype` stay plain own properties and never reach a prototype.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function mergePatch(target: Json | undefined, patch: Json): Json {
  if (!isJsonObject(patch)) return patch;
  const members = new Map(Object.entries(isJsonObject(target) ? target : {}));
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) members.delete(key);
    else members.set(key, mergePatch(members.get(key), value));
  }
  return Object.fromEntries(members);
}
