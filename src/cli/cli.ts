/**
 * `plenary` command line for organisers (Node 20+, no browser). It shares the data code the widgets use:
 *   plenary validate <file-or-url> [--format F] [--time-zone Z] [--json]
 *   plenary convert <file-or-url> [--from F] [--time-zone Z] [-o out.json]
 * Built into dist/cli.js by scripts/build-cli.mjs. Typed without @types/node, so `tsc` for the browser
 * library still compiles this file: the few Node APIs used are declared below.
 */
import { adapt, detectFormat, type FeedFormat } from '../data/adapters/index.js';
import { read } from '../data/read.js';
import type { ParseResult, Problem } from '../data/model.js';
import { parseJsonText } from '../data/parse.js';
import { isValidZone } from '../time/zone.js';
import { VERSION } from '../internal/version.js';

interface NodeProcess {
  argv: string[];
  exitCode?: number;
  stdout: { write(s: string): boolean };
  stderr: { write(s: string): boolean };
}
interface NodeFs {
  readFileSync(path: string, encoding: 'utf8'): string;
  writeFileSync(path: string, data: string): void;
}
interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}
interface NodeUtil {
  parseArgs(config: { args: string[]; options: Record<string, { type: 'string' | 'boolean'; short?: string }>; allowPositionals: boolean }): ParsedArgs;
}

const proc = (globalThis as unknown as { process: NodeProcess }).process;
const out = (s: string) => proc.stdout.write(s + '\n');
const err = (s: string) => proc.stderr.write(s + '\n');

const HELP = `plenary ${VERSION}: check and convert conference programmes for the Plenary widgets.

Usage:
  plenary validate <file-or-url> [options]
      Reads a Plenary, frab/pretalx (schedule.json) or Sessionize ("All" JSON) file and prints every
      problem with its JSON path in that file. Exits 1 when the conference cannot be shown (an error
      that stops it, or a feed with no sessions), 0 otherwise (warnings are printed).
  plenary convert <file-or-url> [--from frab|sessionize|auto] [options] [-o out.json]
      Writes the programme as Plenary conference JSON (version 1) to stdout, or to the -o file.
      Problems go to stderr. Exits 1 when the feed cannot be converted.

Options:
  --format, --from <f>   auto (default), plenary, frab or sessionize
  --time-zone <zone>     IANA zone for times written without an offset (Sessionize feeds name none;
                         without it they are read in UTC), e.g. Asia/Shanghai
  -o, --output <file>    convert: write here instead of stdout
  --json                 validate: print the result as JSON
  -h, --help             this help
  -v, --version          the version`;

const FORMATS = ['auto', 'plenary', 'frab', 'sessionize'];

function usage(message: string): number {
  err(`plenary: ${message}\nRun "plenary --help" for usage.`);
  return 2;
}

const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const line = (p: Problem) => `${p.severity === 'error' ? 'error  ' : 'warning'} ${p.path || '(file)'}: ${p.message}`;

/** The file's text (a BOM is stripped later by parseJsonText), or problems. */
async function source(where: string, fs: NodeFs): Promise<{ text: string; baseUrl?: string } | Problem[]> {
  const fail = (message: string): Problem[] => [{ path: '', message, severity: 'error' }];
  if (/^https?:\/\//i.test(where)) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 15000);
    try {
      const res = await fetch(where, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!res.ok) return fail(`${where} answered HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`);
      return { text: await res.text(), baseUrl: res.url || where };
    } catch (e) {
      return fail(`could not fetch ${where}: ${controller.signal.aborted ? 'no answer within 15 s' : (e as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }
  try {
    return { text: fs.readFileSync(where, 'utf8') };
  } catch (e) {
    return fail(`could not read ${where}: ${(e as { code?: string }).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const fs = (await import('node:fs' as string)) as NodeFs;
  const { parseArgs } = (await import('node:util' as string)) as NodeUtil;
  let args: ParsedArgs;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        from: { type: 'string' },
        'time-zone': { type: 'string' },
        output: { type: 'string', short: 'o' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values: o, positionals } = args;
  if (o.version) return out(VERSION), 0;
  const [command, where, ...extra] = positionals;
  if (o.help || !command || command === 'help') return out(HELP), command || o.help ? 0 : 2;
  if (command !== 'validate' && command !== 'convert') return usage(`unknown command "${command}" (validate or convert)`);
  if (!where) return usage(`${command} needs a file or URL`);
  if (extra.length) return usage(`unexpected ${extra.map((x) => `"${x}"`).join(' ')}`);
  const format = String(o.from ?? o.format ?? 'auto') as FeedFormat;
  if (!FORMATS.includes(format)) return usage(`unknown format "${format}" (${FORMATS.join(', ')})`);
  const timeZone = o['time-zone'] as string | undefined;
  if (timeZone !== undefined && !isValidZone(timeZone)) return usage(`"${timeZone}" is not a known IANA time zone (e.g. Asia/Shanghai)`);

  const src = await source(where, fs);
  let value: unknown;
  let result: ParseResult;
  if (Array.isArray(src)) result = { ok: false, problems: src };
  else {
    const json = parseJsonText(src.text);
    value = json.ok ? json.value : undefined;
    result = json.ok ? read(value, { baseUrl: src.baseUrl, format, timeZone }) : json;
  }
  const detected = format === 'auto' && value !== undefined ? detectFormat(value) : format;
  const problems = [...result.problems];
  // A feed that yields no sessions is broken; a Plenary file may hold only sponsors or a countdown.
  const empty = result.ok && !result.conference.sessions.length && detected !== 'plenary';
  if (empty) problems.push({ path: '', message: 'no sessions could be read: nothing to show', severity: 'error' });
  const showable = result.ok && !empty;

  if (command === 'validate') {
    if (o.json) {
      const c = result.ok ? result.conference : undefined;
      out(JSON.stringify({ ok: showable, format: detected, sessions: c?.sessions.length, speakers: c?.speakers.length, days: c?.days, timezone: c?.timezone, problems }, null, 2));
      return showable ? 0 : 1;
    }
    for (const p of problems) out(line(p));
    const errors = problems.filter((p) => p.severity === 'error').length;
    const counts = `${n(errors, 'error')}, ${n(problems.length - errors, 'warning')}`;
    if (result.ok && showable) {
      const c = result.conference;
      const name = (typeof c.name === 'string' ? c.name : Object.values(c.name)[0]) || c.id;
      const what = [n(c.sessions.length, 'session'), n(c.speakers.length, 'speaker'), n(c.rooms.length, 'room'), n(c.days.length, 'day')].join(', ');
      out(`${where}: ${detected} file "${name}": ${what} (${c.days[0]} to ${c.days.at(-1)}, ${c.timezone}). ${counts}: can be shown.`);
      return 0;
    }
    out(`${where}: cannot be shown. ${counts}.`);
    return 1;
  }

  // convert
  if (value === undefined) {
    for (const p of problems) err(line(p));
    return 1;
  }
  const adapted = adapt(value, format, timeZone);
  for (const p of problems) err(line(p));
  if (!adapted.ok) return 1;
  // A file the schema accepts: what the feed lacks (Sessionize: a name, first and last day) from what was read.
  const json = adapted.json as Record<string, unknown>;
  if (result.ok) {
    const c = result.conference;
    json.start ??= c.days[0];
    json.end ??= c.days.at(-1);
    if (json.name == null) {
      json.name = c.id;
      err(`warning name: the feed has no event name; "${c.id}" written in its place, to edit`);
    }
  }
  const text = JSON.stringify(json, null, 2) + '\n';
  if (o.output) {
    try {
      fs.writeFileSync(String(o.output), text);
    } catch (e) {
      err(`plenary: could not write ${o.output}: ${(e as Error).message}`);
      return 1;
    }
    err(`wrote ${o.output} (${adapted.format} -> Plenary JSON${result.ok ? `, ${result.conference.sessions.length} sessions` : ''})`);
  } else proc.stdout.write(text);
  return showable ? 0 : 1;
}

main(proc.argv.slice(2)).then(
  (code) => (proc.exitCode = code),
  (e: unknown) => {
    err(`plenary: ${(e as Error)?.stack ?? e}`);
    proc.exitCode = 1;
  },
);
