// TOTP codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), computed with Node's crypto, the
// way an authenticator app would from the base32 key shown on the enrolment page.
//
// The server accepts a code once per step (replay protection) and only for a step later than the
// last one used: when a test needs two codes in a row for one account, waitForStepAfter(step)
// waits for the next step.

import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

export const STEP_SECONDS = 30;
export const DIGITS = 6;

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

// RFC 4648 base32 (spaces, dashes and padding ignored, case-insensitive) -> Buffer.
export function base32Decode(text) {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const ch of clean) {
    const index = BASE32_ALPHABET.indexOf(ch);
    if (index < 0) throw new Error(`base32Decode: invalid character ${JSON.stringify(ch)}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

// RFC 4226 HOTP of `counter` with `key` (a Buffer).
export function hotp(key, counter, digits = DIGITS) {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(binary % 10 ** digits).padStart(digits, '0');
}

// The time step of `timeMs` (milliseconds since the epoch).
export function stepAt(timeMs = Date.now()) {
  return Math.floor(timeMs / 1000 / STEP_SECONDS);
}

// The code for `step` from a base32 key.
export function totpForStep(base32Key, step, digits = DIGITS) {
  return hotp(base32Decode(base32Key), step, digits);
}

// The code an authenticator app shows now: { code, step }.
export function totpNow(base32Key) {
  const step = stepAt();
  return { code: totpForStep(base32Key, step), step };
}

// Waits until the current step is later than `step` (at most one step and a bit).
export async function waitForStepAfter(step) {
  while (stepAt() <= step) {
    const nextStepMs = (step + 1) * STEP_SECONDS * 1000;
    await sleep(Math.max(50, nextStepMs - Date.now() + 50));
  }
}
