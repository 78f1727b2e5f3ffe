/**
 * Secrets: password hashing with scrypt (memory-hard, from Node's crypto), random tokens for
 * sessions and links, and the hashes under which tokens are stored.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/** scrypt cost: N = 2^15, r = 8 → 32 MiB per hash, well under a second on a small server. */
const cost = { N: 2 ** 15, r: 8, p: 1, keyLength: 32, maxmem: 64 * 1024 * 1024 }

function scryptAsync(
  password: string,
  salt: Buffer,
  N: number,
  r: number,
  p: number,
  keyLength: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFC'),
      salt,
      keyLength,
      { N, r, p, maxmem: cost.maxmem },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  )
}

/** Hashes a password as `scrypt$N$r$p$salt$hash` (base64url parts). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await scryptAsync(password, salt, cost.N, cost.r, cost.p, cost.keyLength)
  return [
    'scrypt',
    cost.N,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$')
}

/** Whether `password` matches a hash made by {@link hashPassword}; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const key = await scryptAsync(
    password,
    Buffer.from(salt, 'base64url'),
    Number(n),
    Number(r),
    Number(p),
    expected.length,
  )
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/** A random, URL-safe token with `bytes` of entropy. */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

/** The SHA-256 of a token, as stored (tokens themselves are never stored). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}
