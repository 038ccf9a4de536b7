// Reading the mail the server sent, from the maildir of the loopback SMTP sink
// (tests/smtp/smtp_sink.py) that tests/e2e/run.sh starts: PRIMOWORK_E2E_MAILDIR holds one file per
// message, NNNN.eml, written whole (temporary name, then rename), preceded by the envelope as
// "Return-Path: <from>" and one "Delivered-To: <rcpt>" line per recipient.
//
// The server queues mail in its outbox and a sender thread delivers it every 2 s, so waitForMail
// polls. Messages are text/plain; charset=UTF-8, quoted-printable; the Subject may be RFC 2047
// encoded words (B or Q).

import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const MAILDIR = process.env.PRIMOWORK_E2E_MAILDIR || '';

// How long a message may take to arrive: the outbox sender runs every 2 s.
const MAIL_TIMEOUT_MS = 20_000;

// RFC 2047 encoded words in an unfolded header value. Whitespace between two adjacent encoded
// words is dropped; the bytes of adjacent words are decoded together (a word may end inside a
// UTF-8 sequence in other mailers).
export function decodeHeader(value) {
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  let out = '';
  let pending = [];          // bytes of consecutive encoded words
  let last = 0;
  const flush = () => {
    if (pending.length > 0) out += Buffer.concat(pending).toString('utf8');
    pending = [];
  };
  for (const m of value.matchAll(word)) {
    const between = value.slice(last, m.index);
    if (!(pending.length > 0 && /^\s*$/.test(between))) {
      flush();
      out += between;
    }
    const [, , encoding, text] = m;
    if (encoding.toUpperCase() === 'B') {
      pending.push(Buffer.from(text, 'base64'));
    } else {
      pending.push(qpBytes(text.replace(/_/g, ' ')));
    }
    last = m.index + m[0].length;
  }
  flush();
  return out + value.slice(last);
}

// Quoted-printable text -> bytes (soft line breaks removed).
function qpBytes(text) {
  const bytes = [];
  const s = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(s[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

export function decodeQuotedPrintable(text) {
  return qpBytes(text).toString('utf8');
}

// One stored message: { file, envelopeFrom, deliveredTo: [...], headers: Map (lower-case name ->
// decoded value), subject, to, body (decoded text, LF line ends) }.
export function parseMessage(file, raw) {
  const blank = /\r?\n\r?\n/.exec(raw);
  const head = blank ? raw.slice(0, blank.index) : raw;
  const bodyRaw = blank ? raw.slice(blank.index + blank[0].length) : '';
  const headers = new Map();
  const deliveredTo = [];
  let envelopeFrom = '';
  for (const line of head.replace(/\r?\n[ \t]/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = decodeHeader(line.slice(colon + 1).trim());
    if (name === 'delivered-to') deliveredTo.push(value.toLowerCase());
    else if (name === 'return-path') envelopeFrom = value.replace(/^<|>$/g, '');
    if (!headers.has(name)) headers.set(name, value);
  }
  const encoding = (headers.get('content-transfer-encoding') || '').toLowerCase();
  const body = (encoding === 'quoted-printable' ? decodeQuotedPrintable(bodyRaw) : bodyRaw).replace(/\r\n/g, '\n');
  return { file, envelopeFrom, deliveredTo, headers, subject: headers.get('subject') || '', to: headers.get('to') || '', body };
}

// Every message in the maildir, oldest first.
export async function readMailbox() {
  assert.ok(MAILDIR, 'PRIMOWORK_E2E_MAILDIR is not set: run the tests through tests/e2e/run.sh');
  const names = (await readdir(MAILDIR)).filter((n) => n.endsWith('.eml')).sort();
  const messages = [];
  for (const name of names) {
    const file = path.join(MAILDIR, name);
    messages.push(parseMessage(file, await readFile(file, 'utf8')));
  }
  return messages;
}

// Waits for a message delivered to `to` (case-insensitive) whose subject is `subject` (when
// given), and not in `exclude` (files seen before); returns the newest such message.
export async function waitForMail({ to, subject, exclude = [], timeoutMs = MAIL_TIMEOUT_MS }) {
  const recipient = to.toLowerCase();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await readMailbox()).filter((m) =>
      m.deliveredTo.includes(recipient) && (subject === undefined || m.subject === subject) &&
      !exclude.includes(m.file));
    if (found.length > 0) return found[found.length - 1];
    if (Date.now() >= deadline) {
      const all = await readMailbox();
      const seen = all.map((m) => `  ${path.basename(m.file)} to ${m.deliveredTo.join(', ')}: ${m.subject}`);
      assert.fail(`no mail to ${to}${subject === undefined ? '' : ` with subject "${subject}"`} within ` +
        `${timeoutMs / 1000}s; the sink holds ${all.length} message(s):\n${seen.join('\n')}`);
    }
    await sleep(250);
  }
}

// Every absolute URL in a text, in order.
export function urlsIn(text) {
  return [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) => m[0]);
}
