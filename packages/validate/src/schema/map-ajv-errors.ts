import type { ErrorObject } from 'ajv';
import type { ProblemCode } from '../catalog.js';
import { type Location, makeProblem, type Problem, pointerToken } from '../problem.js';

const CODES: Record<string, ProblemCode> = {
  required: 'schema/required',
  type: 'schema/type',
  enum: 'schema/enum',
  const: 'schema/enum',
  additionalProperties: 'schema/additional-property',
  unevaluatedProperties: 'schema/additional-property',
  format: 'schema/format',
  pattern: 'schema/pattern',
  minimum: 'schema/range',
  maximum: 'schema/range',
  exclusiveMinimum: 'schema/range',
  exclusiveMaximum: 'schema/range',
  minLength: 'schema/range',
  maxLength: 'schema/range',
  minItems: 'schema/range',
  maxItems: 'schema/range',
};

function codeOf(keyword: string): ProblemCode {
  return CODES[keyword] ?? 'schema/other';
}

function describe(e: ErrorObject): { pointer: string; detail: string } {
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'required') {
    const name = String(params.missingProperty);
    return { pointer: `${e.instancePath}/${pointerToken(name)}`, detail: `'${name}'` };
  }
  if (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties') {
    const name = String(params.additionalProperty ?? params.unevaluatedProperty);
    return { pointer: `${e.instancePath}/${pointerToken(name)}`, detail: `'${name}'` };
  }
  const allowed = e.keyword === 'enum' ? `: ${(params.allowedValues as unknown[]).join(', ')}` : '';
  return { pointer: e.instancePath, detail: `${e.instancePath || '/'} ${e.message ?? e.keyword}${allowed}` };
}

/**
 * Ajv errors as problems. A failing `anyOf` of "X or null" yields a type error for the null branch and
 * the real error of the X branch: keep the real one; when only type errors remain, say "must be A or B".
 */
export function mapAjvErrors(errors: readonly ErrorObject[], at: Location, base = ''): Problem[] {
  const anyOfAt = new Set(
    errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath),
  );
  const out: Problem[] = [];
  const typesAt = new Map<string, string[]>();
  const real: string[] = [];
  for (const e of errors) {
    if (anyOfAt.has(e.instancePath)) {
      if (e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
      if (e.keyword === 'type') {
        const list = typesAt.get(e.instancePath) ?? [];
        list.push(String((e.params as { type: unknown }).type));
        typesAt.set(e.instancePath, list);
        continue;
      }
    }
    real.push(e.instancePath);
    const { pointer, detail } = describe(e);
    out.push(makeProblem(codeOf(e.keyword), { ...at, pointer: base + pointer }, { detail }));
  }
  for (const [pointer, types] of typesAt) {
    if (real.some((r) => r === pointer || r.startsWith(`${pointer}/`))) continue;
    out.push(
      makeProblem(
        'schema/type',
        { ...at, pointer: base + pointer },
        { detail: `${pointer || '/'} must be ${types.join(' or ')}` },
      ),
    );
  }
  return out;
}
