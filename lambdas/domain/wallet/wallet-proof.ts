/**
 * Proof of wallet ownership: an EIP-191 personal signature (`personal_sign`) of
 * `wallet_data_to_sign`, a text that ends with a UTC timestamp `YYYY-MM-DDTHH:MM:SSZ`
 * (after a space, or a newline in the vendor's other docs version). secp256k1 recovery and
 * keccak-256 come from @noble/curves and @noble/hashes (audited, dependency-free).
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/** A proof older than this is stale; one dated further than the skew ahead is refused too. */
export const PROOF_MAX_AGE_SECONDS = 300;
export const PROOF_MAX_SKEW_SECONDS = 60;

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const SIGNATURE = /^0x[0-9a-fA-F]{130}$/;
const TIMESTAMP = /(?:^|\s)(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/**
 * The address in lower case, or undefined when it is not a 20-byte hex address, or is
 * mixed-case with a wrong EIP-55 checksum (a typo that would lock data to a wrong wallet).
 */
export function normaliseAddress(address: string): string | undefined {
  if (!ADDRESS.test(address)) return undefined;
  const lower = address.toLowerCase();
  const body = address.slice(2);
  if (body === body.toLowerCase() || body === body.toUpperCase()) return lower;
  const hash = bytesToHex(keccak_256(utf8ToBytes(lower.slice(2))));
  for (let i = 0; i < 40; i++) {
    const char = body[i] as string;
    const upper = Number.parseInt(hash[i] as string, 16) >= 8;
    if (/[a-f]/i.test(char) && (char === char.toUpperCase()) !== upper) return undefined;
  }
  return lower;
}

/** Epoch seconds of the timestamp that ends the signed text, or undefined. */
export function proofTimestamp(message: string): number | undefined {
  const match = TIMESTAMP.exec(message);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  const millis = Date.UTC(
    year as number,
    (month as number) - 1,
    day as number,
    hour as number,
    minute as number,
    second as number,
  );
  const date = new Date(millis);
  // Date.UTC rolls 2024-02-31 over to March: refuse dates that do not exist.
  if (date.getUTCDate() !== day || date.getUTCMonth() !== (month as number) - 1) return undefined;
  return millis / 1000;
}

/** keccak256("\x19Ethereum Signed Message:\n" + byte length + message), per EIP-191. */
export function personalMessageHash(message: string): Uint8Array {
  const bytes = utf8ToBytes(message);
  return keccak_256(
    concatBytes(utf8ToBytes(`\x19Ethereum Signed Message:\n${bytes.length}`), bytes),
  );
}

/** The lower-case address that produced a 65-byte `r‖s‖v` signature, or undefined. */
export function recoverPersonalSigner(message: string, signature: string): string | undefined {
  if (!SIGNATURE.test(signature)) return undefined;
  const bytes = hexToBytes(signature.slice(2));
  const v = bytes[64] as number;
  // Wallets write v as 27/28 (legacy) or 0/1.
  const recovery = v >= 27 ? v - 27 : v;
  if (recovery !== 0 && recovery !== 1) return undefined;
  try {
    // noble's "recovered" format puts the recovery byte first.
    const compressed = secp256k1.recoverPublicKey(
      concatBytes(Uint8Array.of(recovery), bytes.slice(0, 64)),
      personalMessageHash(message),
      { prehash: false },
    );
    const uncompressed = secp256k1.Point.fromBytes(compressed).toBytes(false);
    return `0x${bytesToHex(keccak_256(uncompressed.slice(1)).slice(-20))}`;
  } catch {
    return undefined;
  }
}

export type ProofCheck =
  | { readonly valid: true; readonly signedAt: number; readonly replayKey: string }
  | { readonly valid: false; readonly reason: 'malformed' | 'stale' | 'wrong_signer' };

/**
 * Checks a proof for `address` (lower case) at `now` (epoch seconds). `replayKey` names the
 * signed statement (address and text, not the signature bytes: secp256k1 signatures are
 * malleable, so a second encoding of the same proof must count as a replay too).
 */
export function checkWalletProof(input: {
  address: string;
  message: string;
  signature: string;
  now: number;
}): ProofCheck {
  const signedAt = proofTimestamp(input.message);
  if (signedAt === undefined || !SIGNATURE.test(input.signature)) {
    return { valid: false, reason: 'malformed' };
  }
  if (
    signedAt < input.now - PROOF_MAX_AGE_SECONDS ||
    signedAt > input.now + PROOF_MAX_SKEW_SECONDS
  ) {
    return { valid: false, reason: 'stale' };
  }
  if (recoverPersonalSigner(input.message, input.signature) !== input.address) {
    return { valid: false, reason: 'wrong_signer' };
  }
  const replayKey = bytesToHex(keccak_256(utf8ToBytes(`${input.address}\n${input.message}`)));
  return { valid: true, signedAt, replayKey };
}
