/**
 * Tokens: 256 random bits, shown once, stored only as a keyed hash (HMAC-SHA-256 with the
 * database's own key). A slow password hash (scrypt) protects guessable secrets; these are not
 * guessable, and a keyed hash lets the hot path (a survey link on every submission) find its row
 * by index. Survey and report links are derived from the key (so the administrator can list them
 * again) and stored hashed the same way; personal links are random and shown once.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type Keyring = { readonly key: Buffer };

export function keyring(key: string): Keyring {
  return { key: Buffer.from(key, 'base64url') };
}

/** A new random secret: 32 bytes, base64url (43 characters). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a token. */
export function hashToken(ring: Keyring, token: string): string {
  return createHmac('sha256', ring.key).update(`token\0${token}`).digest('base64url');
}

/** A link secret derived from what it opens, so the same link can be listed again. */
export function deriveSecret(ring: Keyring, ...parts: readonly (string | number)[]): string {
  return createHmac('sha256', ring.key)
    .update(`link\0${parts.join('\0')}`)
    .digest('base64url');
}

/** Compares two hashes in constant time. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** API tokens carry a prefix so that secret scanners and people recognise them. */
export const TOKEN_PREFIX = 'bal_';
export const newApiToken = () => `${TOKEN_PREFIX}${newSecret()}`;
