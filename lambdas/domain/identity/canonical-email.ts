/**
 * One canonical form per e-mail address, used everywhere an address identifies someone:
 * sign-up, sign-in, password reset, /userinfo uniqueness and the by-email key/value
 * namespace. Trimmed, Unicode NFC, lower-cased (NFC again after lower-casing, which can
 * denormalise). Two spellings with the same canonical form are the same identity, whatever
 * the user pool's own case sensitivity (the local emulator's is case-sensitive).
 */
export const canonicalEmail = (email: string): string =>
  email.trim().normalize('NFC').toLowerCase().normalize('NFC');
