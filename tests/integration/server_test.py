#!/usr/bin/env python3
"""The real `primowork` binary over real sockets: command line, limits, errors, signals, outage.

Usage: server_test.py PATH_TO_PRIMOWORK
PostgreSQL checks run when PRIMOWORK_TEST_PG is set (make test sets it) and start a second
throwaway server of their own (scripts/pg.sh) to stop it under the running app.
Prints one line per check and closes with 'N passed, N failed'.
"""
import http.client
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

BIN = os.path.abspath(sys.argv[1])
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
results = {'passed': 0, 'failed': 0}


def check(name, condition, detail=''):
    if condition:
        results['passed'] += 1
        print(f'ok   {name}')
    else:
        results['failed'] += 1
        print(f'FAIL {name} {detail}')


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def run(args, env_extra=None, stdin=None, timeout=60):
    env = {k: v for k, v in os.environ.items() if not k.startswith('PRIMOWORK_')}
    env['LANG'] = 'C.UTF-8'
    env['PRIMOWORK_SECRET'] = 'integration-test-secret'
    env.update(env_extra or {})
    return subprocess.run([BIN] + args, env=env, capture_output=True, text=True, timeout=timeout,
                          input=stdin)


class Server:
    def __init__(self, db, extra=None):
        self.port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith('PRIMOWORK_')}
        env.update({'PRIMOWORK_DB': db, 'PRIMOWORK_LISTEN': f'127.0.0.1:{self.port}',
                    'PRIMOWORK_DEBUG_ROUTES': '1', 'LANG': 'C.UTF-8',
                    'PRIMOWORK_SECRET': 'integration-test-secret'})
        env.update(extra or {})
        self.log = tempfile.TemporaryFile(mode='w+')
        self.proc = subprocess.Popen([BIN, 'serve'], env=env, stdout=self.log, stderr=self.log)
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                if self.request('GET', '/healthz')[0] in (200, 503):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError('server did not start:\n' + self.output())

    def request(self, method, path, body=None, headers=None, timeout=10):
        conn = http.client.HTTPConnection('127.0.0.1', self.port, timeout=timeout)
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        data = resp.read()
        conn.close()
        return resp.status, dict(resp.getheaders()), data.decode('utf-8', 'replace')

    def stop(self, sig='TERM'):
        self.proc.send_signal(15 if sig == 'TERM' else 2)
        try:
            return self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return None

    def output(self):
        self.log.seek(0)
        return self.log.read()


def test_command_line(tmp):
    r = run(['--help'])
    check('--help exits 0 and lists the commands',
          r.returncode == 0 and all(c in r.stdout for c in ('serve', 'migrate', 'demo')), r.stdout)
    for command in ('serve', 'migrate', 'demo'):
        r = run([command, '--help'])
        check(f'{command} --help describes {command}', r.returncode == 0 and f'primowork {command}' in r.stdout)
    en = run(['--help'], {'LANG': 'en_GB.UTF-8'})
    check('help is translated for an English terminal', 'Commands:' in en.stdout, en.stdout)
    r = run(['frobnicate'])
    check('an unknown command exits 2 with a message', r.returncode == 2 and 'frobnicate' in r.stderr)

    db = f'sqlite:{tmp}/cli.db'
    first = run(['migrate'], {'PRIMOWORK_DB': db})
    check('migrate applies the migrations', first.returncode == 0 and '0001_mail_outbox' in first.stdout,
          first.stdout + first.stderr)
    second = run(['migrate'], {'PRIMOWORK_DB': db})
    check('migrate again applies nothing', second.returncode == 0 and 'Migration appliquée' not in second.stdout)
    d1 = run(['demo'], {'PRIMOWORK_DB': db})
    d2 = run(['demo'], {'PRIMOWORK_DB': db})
    check('demo runs twice without error', d1.returncode == 0 and d2.returncode == 0, d2.stderr)

    conf = os.path.join(tmp, 'bad.conf')
    with open(conf, 'w') as f:
        f.write('lisen = 127.0.0.1:1\n')
    r = run(['--config', conf, 'migrate'], {'PRIMOWORK_DB': db})
    check('an unknown configuration key is refused and named', r.returncode == 1 and 'lisen' in r.stderr, r.stderr)
    r = run(['migrate'], {'PRIMOWORK_DB': 'oracle://x'})
    check('an unknown database URL is refused', r.returncode == 1 and 'oracle://x' in r.stderr, r.stderr)

    newer = f'{tmp}/newer.db'
    run(['migrate'], {'PRIMOWORK_DB': 'sqlite:' + newer})
    with sqlite3.connect(newer) as c:
        c.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01T00:00:00Z')")
    r = run(['serve'], {'PRIMOWORK_DB': 'sqlite:' + newer, 'PRIMOWORK_LISTEN': f'127.0.0.1:{free_port()}'})
    check('serve refuses a database newer than itself',
          r.returncode == 1 and 'plus récente' in r.stderr, r.stdout + r.stderr)
    r = run(['migrate'], {'PRIMOWORK_DB': 'sqlite:' + newer})
    check('migrate refuses it too and changes nothing', r.returncode == 1)


def test_accounts_cli(tmp):
    db = f'sqlite:{tmp}/accounts.db'
    env = {'PRIMOWORK_DB': db}
    r = run(['org', 'add', '--kind', 'company', '--name', 'Boulangerie Test'], env)
    check('org add creates an organisation', r.returncode == 0 and r.stdout.startswith('org_'), r.stderr)
    r = run(['org', 'add', '--kind', 'company', '--name', 'Boulangerie Test'], env)
    check('org add refuses a duplicate name', r.returncode == 1 and r.stderr.strip() != '')
    r = run(['org', 'add', '--kind', 'guild', '--name', 'X'], env)
    check('org add refuses an unknown kind', r.returncode == 1)
    r = run(['user', 'add', '--email', 'Chef@Boulangerie.test', '--role', 'employer',
             '--org', 'Boulangerie Test', '--name', 'Chef'], env, stdin='Une phrase de passe solide\n')
    check('user add with a password from stdin', r.returncode == 0 and 'chef@boulangerie.test' in r.stdout,
          r.stdout + r.stderr)
    r = run(['user', 'add', '--email', 'weak@boulangerie.test', '--role', 'employer',
             '--org', 'Boulangerie Test'], env, stdin='azertyuiop123\n')
    check('user add refuses a common password', r.returncode == 1 and 'courant' in r.stderr, r.stderr)
    r = run(['user', 'add', '--email', 'x@boulangerie.test', '--role', 'counsellor',
             '--org', 'Boulangerie Test'], env, stdin='Une phrase de passe solide\n')
    check('user add refuses a role that does not fit the organisation', r.returncode == 1)
    r = run(['user', 'add', '--email', 'invite@boulangerie.test', '--role', 'employer',
             '--org', 'Boulangerie Test'], env, stdin='')
    check('user add without a password prints a link to choose one',
          r.returncode == 0 and '/reinitialiser/' in r.stdout, r.stdout + r.stderr)
    r = run(['user', 'list'], env)
    check('user list shows the accounts and their organisation',
          r.returncode == 0 and 'chef@boulangerie.test' in r.stdout and 'Boulangerie Test' in r.stdout)
    r = run(['user', 'passwd', '--email', 'chef@boulangerie.test'], env, stdin='Encore une autre phrase\n')
    check('user passwd changes the password', r.returncode == 0, r.stderr)
    token = run(['token', 'create', '--user', 'chef@boulangerie.test', '--name', 'caisse'], env)
    check('token create prints a token once', token.returncode == 0 and token.stdout.startswith('pwk_'))
    server = Server(db)
    try:
        status, _, body = server.request('GET', '/api/v1/me',
                                         headers={'Authorization': 'Bearer ' + token.stdout.strip()})
        check('the token works as Bearer on /api/v1/me',
              status == 200 and json.loads(body)['login'] == 'chef@boulangerie.test', body)
        status, headers, _ = server.request('GET', '/api/v1/me', headers={'Authorization': 'Bearer pwk_nope'})
        check('an unknown token gets 401', status == 401 and headers.get('WWW-Authenticate') == 'Bearer')
        status, headers, _ = server.request('GET', '/tableau-de-bord')
        check('a page that needs a login redirects to it',
              status == 303 and headers.get('Location', '').startswith('/connexion'))
    finally:
        server.stop()
    r = run(['demo'], env)
    check('demo creates one account per role', r.returncode == 0 and all(
        role in r.stdout for role in ('admin', 'coordinator', 'counsellor', 'employer', 'candidate')), r.stderr)
    before = run(['user', 'list'], env).stdout.count('@demo.primowork.be')
    again = run(['demo'], env)
    users = run(['user', 'list'], env).stdout
    check('demo is idempotent', again.returncode == 0 and before >= 5 and
          users.count('@demo.primowork.be') == before, f'{before} then {users}')
    r = run(['migrate'], {'PRIMOWORK_DB': db, 'PRIMOWORK_SECRET': ''})
    check('migrate works without the secret', r.returncode == 0, r.stderr)
    r = subprocess.run([BIN, 'serve'], env={'PRIMOWORK_DB': db, 'PATH': os.environ['PATH'],
                                            'PRIMOWORK_SECRET_FILE': '/nonexistent',
                                            'PRIMOWORK_LISTEN': f'127.0.0.1:{free_port()}'},
                       capture_output=True, text=True, timeout=30)
    check('serve refuses to start without PRIMOWORK_SECRET',
          r.returncode == 2 and 'PRIMOWORK_SECRET' in r.stderr, r.stderr)


def test_http(tmp):
    server = Server(f'sqlite:{tmp}/http.db')
    try:
        status, headers, body = server.request('GET', '/healthz')
        check('healthz answers ok on sqlite', status == 200 and json.loads(body) ==
              {'status': 'ok', 'db': 'sqlite', 'version': json.loads(body)['version']}, body)
        status, headers, body = server.request('GET', '/', headers={'Accept-Language': 'en'})
        check('home page in English for an English browser', status == 200 and 'lang="en"' in body)
        check('home page sends a strict CSP', "script-src 'self'" in headers.get('Content-Security-Policy', ''))
        status, _, body = server.request('POST', '/_debug/echo', body=b'a=' + b'x' * (2 << 20),
                                         headers={'Content-Type': 'application/x-www-form-urlencoded'})
        check('a 2 MiB form gets a 413 page', status == 413 and 'Envoi trop volumineux' in body, status)
        status, _, body = server.request('POST', '/_debug/echo', body='ville=Li%E8ge',
                                         headers={'Content-Type': 'application/x-www-form-urlencoded'})
        check('bad UTF-8 in a form gets a 400 naming the field', status == 400 and 'ville' in body, body)
        status, _, body = server.request('GET', '/_debug/fail')
        check('a failing handler gets a 500 page without details',
              status == 500 and 'secret' not in body and 'Erreur interne' in body)
        check('the failure is logged with its detail', 'deliberate failure' in server.output())
        status, _, _ = server.request('GET', '/%ZZ')
        check('a malformed path gets 400', status == 400)
        # A raw request that is not HTTP at all: the connection is closed, the server lives on.
        with socket.create_connection(('127.0.0.1', server.port), timeout=5) as s:
            s.sendall(b'NOT HTTP AT ALL\r\n\r\n')
            try:
                s.recv(100)
            except OSError:
                pass
        check('the server survives garbage on a connection', server.request('GET', '/healthz')[0] == 200)
        log_lines = [l for l in server.output().splitlines() if '"msg":"request"' in l]
        parsed = [json.loads(l) for l in log_lines]
        check('one JSON log line per request, with request id and route',
              len(parsed) >= 6 and all('request_id' in p and 'route' in p and 'status' in p for p in parsed))

        # SIGTERM while a request is in flight: it finishes, then the server exits 0.
        answer = {}

        def slow():
            answer['r'] = server.request('GET', '/_debug/sleep?ms=1500', timeout=20)
        t = threading.Thread(target=slow)
        t.start()
        time.sleep(0.4)
        code = server.stop('TERM')
        t.join()
        check('SIGTERM lets the request in flight finish', answer.get('r', (0,))[0] == 200, answer)
        check('SIGTERM stops the server with exit code 0', code == 0, code)
    finally:
        if server.proc.poll() is None:
            server.proc.kill()
    server2 = Server(f'sqlite:{tmp}/http.db')
    check('SIGINT stops the server with exit code 0', server2.stop('INT') == 0)


def test_postgresql(tmp):
    if not os.environ.get('PRIMOWORK_TEST_PG'):
        print('skip PostgreSQL checks: PRIMOWORK_TEST_PG is not set')
        return
    pgdir = os.path.join(tmp, 'pg')
    port = free_port()
    url = subprocess.run([os.path.join(ROOT, 'scripts', 'pg.sh'), 'start', pgdir, str(port)],
                         capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    stopped = False
    try:
        r = run(['migrate'], {'PRIMOWORK_DB': url})
        check('migrate works on PostgreSQL', r.returncode == 0 and '(postgresql)' in r.stdout, r.stdout + r.stderr)
        server = Server(url)
        status, _, body = server.request('GET', '/healthz')
        check('healthz reports "db":"postgresql"', status == 200 and json.loads(body)['db'] == 'postgresql', body)
        status, _, body = server.request('GET', '/_debug/db')
        check('a page that reads the database answers while it is up', status == 200, body)
        subprocess.run([os.path.join(ROOT, 'scripts', 'pg.sh'), 'stop', pgdir], check=True,
                       capture_output=True)
        stopped = True
        status, _, body = server.request('GET', '/healthz')
        check('healthz answers 503 when PostgreSQL is down', status == 503 and 'unavailable' in body, body)
        status, _, body = server.request('GET', '/')
        check('pages that need no database still answer', status == 200)
        status, _, body = server.request('GET', '/_debug/db')
        check('a page that needs the database answers 503 with a clear page',
              status == 503 and 'indisponible' in body, (status, body[:200]))
        check('SIGTERM still exits 0 with the database down', server.stop('TERM') == 0)
    finally:
        if not stopped:
            subprocess.run([os.path.join(ROOT, 'scripts', 'pg.sh'), 'stop', pgdir], capture_output=True)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o755)  # the PostgreSQL server (user postgres when root) must enter it
        for test in (test_command_line, test_accounts_cli, test_http, test_postgresql):
            try:
                test(tmp)
            except Exception as e:  # a crash in one group is a failure, the others still run
                check(test.__name__ + ' ran to the end', False, repr(e))
    print(f"{results['passed']} passed, {results['failed']} failed")
    return 1 if results['failed'] else 0


if __name__ == '__main__':
    sys.exit(main())
