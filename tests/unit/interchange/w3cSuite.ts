// The W3C Web Annotation test suite (../shared/conformance/w3c-web-annotation), run as its harness
// runs it: every assertion is a draft-04 JSON Schema with an expectedResult; a `must` assertion
// whose result differs fails. Read lazily: tests skip with a message when the material is absent.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { SHARED_DIR } from '../../support/paths';

export const W3C_DIR = join(SHARED_DIR, 'conformance/w3c-web-annotation');
export const W3C_TESTS = join(W3C_DIR, 'tests');
export const hasW3cSuite = () => existsSync(W3C_TESTS);
export const W3C_ABSENT = `W3C Web Annotation suite not found at ${W3C_DIR}: conformance tests skipped`;

interface Assertion {
  readonly file: string;
  readonly assertionType: 'must' | 'should' | 'may';
  readonly expectedResult: 'valid' | 'invalid';
  readonly errorMessage?: string;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? jsonFiles(full) : name.endsWith('.json') ? [full] : [];
  });
}

let ajv: Ajv | null = null;
/** Loads and compiles the suite (seconds on a loaded machine): call it from beforeAll with a long timeout. */
export function validator(): Ajv {
  if (ajv) return ajv;
  // The suite's schemas carry harness keywords (assertionType, errorMessage…): not strict.
  ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv);
  // Definitions and assertions are referenced by their ids ("id.json", "bodyTarget.json#/…").
  const added = new Set<string>();
  for (const file of jsonFiles(W3C_TESTS)) {
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { id?: string };
    if (schema.id && !added.has(schema.id)) ajv.addSchema(schema);
    if (schema.id) added.add(schema.id);
  }
  // Compile now, not at the first validation (which would then take the whole compile time).
  for (const id of added) ajv.getSchema(id);
  return ajv;
}

/** The assertions a `.test` file lists (paths relative to the tests folder), with their declared expectations. */
export function assertionsOf(testFile: string): Assertion[] {
  const test = JSON.parse(readFileSync(join(W3C_TESTS, testFile), 'utf8')) as { assertions: unknown[] };
  return test.assertions.flatMap((a) => {
    if (typeof a !== 'string') return [];
    const schema = JSON.parse(readFileSync(join(W3C_TESTS, a), 'utf8')) as Assertion;
    return [{ file: a, assertionType: schema.assertionType, expectedResult: schema.expectedResult, errorMessage: schema.errorMessage }];
  });
}

/** The `must` assertions of a `.test` file that `data` fails, each with the suite's message. */
export function failedMusts(testFile: string, data: unknown): string[] {
  const v = validator();
  return assertionsOf(testFile)
    .filter((a) => a.assertionType === 'must')
    .flatMap((a) => {
      const id = JSON.parse(readFileSync(join(W3C_TESTS, a.file), 'utf8')).id as string;
      const valid = v.validate(id, data) as boolean;
      const result = valid ? 'valid' : 'invalid';
      return result === a.expectedResult ? [] : [`${a.file}: ${a.errorMessage ?? 'failed'}`];
    });
}

export function modelExamples(folder: 'examples' | 'examples-incorrect'): Array<{ name: string; text: string }> {
  const dir = join(W3C_DIR, 'spec', folder);
  return readdirSync(dir)
    .filter((f) => /^anno\d+\.json$/.test(f))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
