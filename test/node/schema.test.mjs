// The published JSON Schema, the TypeScript types of the file format and the sample data must agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (p) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const schema = JSON.parse(read('schema/conference.schema.json'));
const sample = JSON.parse(read('public/conference.json'));

/** Interfaces of src/data/types.ts: name -> { prop: optional? } */
function interfaces() {
  const src = ts.createSourceFile('types.ts', read('src/data/types.ts'), ts.ScriptTarget.ES2022, true);
  const out = {};
  src.forEachChild((n) => {
    if (!ts.isInterfaceDeclaration(n)) return;
    out[n.name.text] = Object.fromEntries(
      n.members.filter(ts.isPropertySignature).map((m) => [m.name.getText(src), !!m.questionToken]),
    );
  });
  return out;
}

const pairs = {
  ConferenceJSON: schema,
  LinkJSON: schema.$defs.Link,
  VenueJSON: schema.$defs.Venue,
  TrackJSON: schema.$defs.Track,
  RoomJSON: schema.$defs.Room,
  SessionJSON: schema.$defs.Session,
  SpeakerJSON: schema.$defs.Speaker,
  TierJSON: schema.$defs.Tier,
  SponsorJSON: schema.$defs.Sponsor,
};

test('every interface of the TypeScript format has a schema definition with the same fields and the same required ones', () => {
  const types = interfaces();
  assert.deepEqual(Object.keys(types).sort(), Object.keys(pairs).sort());
  for (const [name, def] of Object.entries(pairs)) {
    assert.ok(def, `schema has a definition for ${name}`);
    const fields = types[name];
    assert.deepEqual(Object.keys(def.properties).sort(), Object.keys(fields).sort(), `${name}: field names`);
    const required = Object.keys(fields).filter((k) => !fields[k]).sort();
    assert.deepEqual([...(def.required ?? [])].sort(), required, `${name}: required fields`);
  }
});

test('the schema compiles in strict mode and the sample conference is valid against it', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const validate = ajv.compile(schema);
  const ok = validate(sample);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
});

test('the schema rejects what the parser rejects', () => {
  const ajv = new Ajv2020({ strict: true });
  const validate = ajv.compile(schema);
  const bad = structuredClone(sample);
  bad.sessions[0].start = '2023-11-6 9:00';
  assert.equal(validate(bad), false);
  const noEnd = structuredClone(sample);
  delete noEnd.sessions[0].end;
  delete noEnd.sessions[0].duration;
  assert.equal(validate(noEnd), false);
});
