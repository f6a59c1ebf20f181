// The `plenary` command line, built and run as organisers run it: `node --test test/node/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name) => join(root, 'test/fixtures', name);
let dir;
let cli;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'plenary-cli-'));
  cli = join(dir, 'cli.js');
  execFileSync(process.execPath, ['scripts/build-cli.mjs', cli], { cwd: root, stdio: 'pipe' });
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI; resolves {code, stdout, stderr} whatever the exit code. */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: dir }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

test('the built file is an executable Node script', () => {
  const text = readFileSync(cli, 'utf8');
  assert.ok(text.startsWith('#!/usr/bin/env node\n'));
  assert.ok(!/\bdocument\.|customElements/.test(text), 'no DOM code in the CLI bundle');
});

test('--help and --version', async () => {
  const help = await run('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /plenary validate <file-or-url>/);
  assert.match(help.stdout, /plenary convert <file-or-url>/);
  assert.match(help.stdout, /--time-zone/);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal((await run('--version')).stdout.trim(), pkg.version);
  const none = await run();
  assert.equal(none.code, 2);
});

test('usage errors exit 2 with a hint', async () => {
  for (const args of [['frob'], ['validate'], ['validate', 'a', 'b'], ['validate', 'x.json', '--format', 'xml'], ['convert', 'x.json', '--time-zone', 'Mars/Olympus'], ['validate', '--nope']]) {
    const r = await run(...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /plenary --help/);
  }
});

test('validate: a clean frab feed passes with a summary', async () => {
  const r = await run('validate', fixture('frab-camp2019.json'));
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /frab file "Chaos Communication Camp 2019": 79 sessions, 90 speakers, 2 rooms, 5 days \(2019-08-21 to 2019-08-25, Europe\/Berlin\)\. 0 errors, 0 warnings: can be shown\./);
});

test('validate: warnings are printed with JSON paths into the feed, exit 0', async () => {
  const r = await run('validate', fixture('pretalx-democon.json'));
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^warning schedule\.conference\.days\[0\]\.rooms\["Gray Room"\]\[0\]\.date: .*offset/m);
  const rc3 = await run('validate', fixture('pretalx-rc3.json'));
  assert.equal(rc3.code, 0);
  assert.match(rc3.stdout, /^warning schedule\.conference\.time_zone_name: missing/m);
});

test('validate: Sessionize with a BOM, errors and warnings at their paths; --time-zone is used', async () => {
  const r = await run('validate', fixture('sessionize-all-bom.json'), '--time-zone', 'Asia/Shanghai');
  assert.equal(r.code, 0, 'an error in one session does not stop the conference');
  assert.match(r.stdout, /^error {3}sessions\[5\]\.startsAt: "next tuesday" is not an ISO 8601 date-time/m);
  assert.match(r.stdout, /^warning sessions\[4\]\.startsAt: not scheduled yet/m);
  assert.match(r.stdout, /^warning sessions\[6\]\.roomId: no room with id "1999"/m);
  assert.match(r.stdout, /^warning speakers\[0\]\.links\[1\]\.url: "javascript:alert\(1\)"/m);
  assert.match(r.stdout, /sessionize file "sessionize-424201": 5 sessions, 3 speakers, 2 rooms, 2 days \(2023-11-06 to 2023-11-07, Asia\/Shanghai\)\. 1 error, 5 warnings: can be shown/);
  // A Sessionize export has no event name: nothing the organiser could mend in it.
  assert.doesNotMatch(r.stdout, /^warning name/m);
  assert.doesNotMatch(r.stdout, /no time zone/);
  const utc = await run('validate', fixture('sessionize-all-bom.json'));
  assert.match(utc.stdout, /^warning \(file\): Sessionize names no time zone/m);
});

test('validate --json gives a machine-readable result', async () => {
  const r = await run('validate', fixture('pretalx-democon.json'), '--json');
  assert.equal(r.code, 0);
  const j = JSON.parse(r.stdout);
  assert.equal(j.ok, true);
  assert.equal(j.format, 'frab');
  assert.equal(j.sessions, 36);
  assert.deepEqual(j.days, ['2020-12-14', '2020-12-15', '2020-12-16']);
  assert.equal(j.problems[0].path, 'schedule.conference.days[0].rooms["Gray Room"][0].date');
});

test('validate: exit 1 when the conference cannot be shown', async () => {
  const missing = await run('validate', join(dir, 'nope.json'));
  assert.equal(missing.code, 1);
  assert.match(missing.stdout, /could not read .*nope\.json: no such file/);

  writeFileSync(join(dir, 'broken.json'), '{"version": 1, "timezone": ');
  const broken = await run('validate', join(dir, 'broken.json'));
  assert.equal(broken.code, 1);
  assert.match(broken.stdout, /not valid JSON/);

  writeFileSync(join(dir, 'zone.json'), JSON.stringify({ version: 1, id: 'x', name: 'X', timezone: 'Mars/Olympus', start: '2023-11-06', end: '2023-11-07' }));
  const zone = await run('validate', join(dir, 'zone.json'));
  assert.equal(zone.code, 1);
  assert.match(zone.stdout, /^error {3}timezone: "Mars\/Olympus" is not a known IANA time zone/m);

  // A feed from which no session could be read.
  writeFileSync(join(dir, 'empty-frab.json'), JSON.stringify({ schedule: { conference: { title: 'E', acronym: 'e', time_zone_name: 'UTC', start: '2023-01-01', end: '2023-01-01', days: [{ date: '2023-01-01', rooms: { A: [{ title: 'x', start: 'soon', duration: '00:30' }] } }] } } }));
  const empty = await run('validate', join(dir, 'empty-frab.json'));
  assert.equal(empty.code, 1);
  assert.match(empty.stdout, /^error {3}schedule\.conference\.days\[0\]\.rooms\["A"\]\[0\]\.start: "soon"/m);
  assert.match(empty.stdout, /no sessions could be read/);
});

test('validate over http: a local server', async () => {
  const body = readFileSync(fixture('pretalx-rc3.json'));
  const server = createServer((req, res) => {
    if (req.url === '/rc3.json') res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    else res.writeHead(404, 'Not Found').end('no');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  try {
    const r = await run('validate', `http://127.0.0.1:${port}/rc3.json`);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /frab file "rC3 Channels": 48 sessions, 56 speakers, 5 rooms, 4 days/);
    const gone = await run('validate', `http://127.0.0.1:${port}/gone.json`);
    assert.equal(gone.code, 1);
    assert.match(gone.stdout, /answered HTTP 404 Not Found/);
  } finally {
    server.close();
  }
});

test('convert: frab to Plenary JSON on stdout, which validates cleanly and keeps the instants', async () => {
  const r = await run('convert', fixture('frab-camp2019.json'), '--from', 'frab');
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.version, 1);
  assert.equal(j.id, 'Camp2019');
  assert.equal(j.timezone, 'Europe/Berlin');
  assert.equal(j.sessions.length, 79);
  assert.equal(j.speakers.length, 90);
  const late = j.sessions.find((s) => s.title === 'Achtung, Datenpannen!');
  assert.equal(late.start, '2019-08-22T23:00:00+02:00');
  assert.equal(late.duration, 'PT1H30M');
  const out = join(dir, 'camp.json');
  writeFileSync(out, r.stdout);
  const v = await run('validate', out);
  assert.equal(v.code, 0);
  assert.match(v.stdout, /plenary file "Chaos Communication Camp 2019": 79 sessions, 90 speakers, 2 rooms, 5 days .* 0 errors, 0 warnings/);
});

test('convert: Sessionize with --time-zone and -o; the BOM is stripped', async () => {
  const out = join(dir, 'sz.json');
  const r = await run('convert', fixture('sessionize-all-bom.json'), '--from', 'sessionize', '--time-zone', 'Asia/Shanghai', '-o', out);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /wrote .*sz\.json \(sessionize -> Plenary JSON, 5 sessions\)/);
  assert.match(r.stderr, /sessions\[5\]\.startsAt/);
  const text = readFileSync(out, 'utf8');
  assert.notEqual(text.charCodeAt(0), 0xfeff);
  const j = JSON.parse(text);
  assert.equal(j.timezone, 'Asia/Shanghai');
  assert.equal(j.sessions.find((s) => s.id === '424201').start, '2023-11-06T09:00:00');
  assert.equal(j.sessions.find((s) => s.id === 'sz-coffee-1').type, 'break');
  // What the schema requires and the feed lacks: the first and last day from what was read, the id as a name.
  assert.equal(j.start, '2023-11-06');
  assert.equal(j.end, '2023-11-07');
  assert.equal(j.name, 'sessionize-424201');
  assert.match(r.stderr, /the feed has no event name; "sessionize-424201" written in its place/);
  const v = await run('validate', out);
  assert.equal(v.code, 0);
  assert.match(v.stdout, /5 sessions, 3 speakers/);
  assert.doesNotMatch(v.stdout, /^warning name/m);
});

test('convert: an adapter that cannot read the file exits 1 and writes nothing', async () => {
  const r = await run('convert', fixture('sessionize-utc.json'), '--from', 'frab');
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^error {3}conference: missing/m);
});
