#!/usr/bin/python3
"""A loopback SMTP server for tests: accepts every message and stores it in a directory.

    /usr/bin/python3 tests/smtp/smtp_sink.py --port P --maildir DIR [--host 127.0.0.1]

Each message received is written to DIR/0001.eml, DIR/0002.eml, ... exactly as the client sent
it after SMTP dot-unstuffing, preceded by the envelope as an MDA would record it: one
"Return-Path: <sender>" line and one "Delivered-To: <recipient>" line per recipient. A file
appears only once complete (written under a temporary name, then renamed).

Prints "ready" on stdout once it listens; stops cleanly on SIGTERM or SIGINT. No TLS, no AUTH:
it is for tests on loopback only. Needs aiosmtpd (Debian: python3-aiosmtpd), hence
/usr/bin/python3 rather than whatever `python3` is first on PATH.
"""
import argparse
import asyncio
import os
import signal
import sys

from aiosmtpd.smtp import SMTP


class MaildirHandler:
    def __init__(self, maildir):
        self.maildir = maildir
        existing = [f for f in os.listdir(maildir) if f.endswith('.eml')]
        self.count = len(existing)

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = os.path.join(self.maildir, f'{self.count:04d}.eml')
        trace = f'Return-Path: <{envelope.mail_from}>\r\n'
        trace += ''.join(f'Delivered-To: {rcpt}\r\n' for rcpt in envelope.rcpt_tos)
        temporary = name + '.tmp'
        with open(temporary, 'wb') as out:
            out.write(trace.encode('utf-8'))
            out.write(envelope.original_content)
        os.replace(temporary, name)
        print(f'smtp_sink: stored {name}', file=sys.stderr, flush=True)
        return '250 Message accepted for delivery'


async def serve(host, port, maildir):
    loop = asyncio.get_running_loop()
    handler = MaildirHandler(maildir)
    server = await loop.create_server(
        lambda: SMTP(handler, hostname='smtp-sink.test', enable_SMTPUTF8=True), host, port)
    stopped = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopped.set)
    print('ready', flush=True)
    await stopped.wait()
    server.close()
    await server.wait_closed()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--host', default='127.0.0.1')
    parser.add_argument('--port', type=int, required=True)
    parser.add_argument('--maildir', required=True)
    args = parser.parse_args()
    os.makedirs(args.maildir, exist_ok=True)
    asyncio.run(serve(args.host, args.port, args.maildir))


if __name__ == '__main__':
    main()
