import fastJson from 'fast-json-stringify';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import type { FastifySerializerCompiler } from 'fastify/types/schema';

type Stringify = (data: unknown) => string;

/**
 * Answers are written by a serializer compiled once per route from the route's zod contract (zod →
 * JSON Schema → fast-json-stringify): only the contract's fields go out, in its types, without
 * running zod on every answer. With `checkContracts` (the integration suites turn it on), every
 * answer is also parsed by the zod contract and the two outputs are compared, so a contract the
 * compiled form would bend (or a handler that breaks its contract) fails the tests.
 */
export function contractSerializerCompiler(opts: { checkContracts: boolean }): FastifySerializerCompiler<z.ZodType> {
  return ({ schema, method, url }) => {
    const contract = schema as z.ZodType;
    const compiled = compile(contract);
    const byZod: Stringify = (data) => {
      const result = z.safeEncode(contract, data);
      if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
      return JSON.stringify(result.data);
    };
    if (!compiled) return byZod;
    if (!opts.checkContracts) return compiled;
    return (data) => {
      const expected = byZod(data);
      const written = compiled(data);
      if (!isDeepStrictEqual(JSON.parse(written), JSON.parse(expected))) {
        throw new ResponseSerializationError(method, url, {
          cause: new z.ZodError([{
            code: 'custom', path: [], input: data,
            message: `the compiled serializer wrote ${written.slice(0, 300)} where the contract gives ${expected.slice(0, 300)}`,
          }]),
        });
      }
      return written;
    };
  };
}

/**
 * zod writes `.nullable()` as `anyOf: [schema, {type: 'null'}]`, which fast-json-stringify can only
 * resolve by validating each value against the branches (slow); `nullable: true` on the schema says
 * the same and is written directly.
 */
function nullableInPlace(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableInPlace);
  if (!node || typeof node !== 'object') return node;
  const o = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, nullableInPlace(v)])) as Record<string, unknown>;
  const branches = o.anyOf;
  if (Array.isArray(branches) && branches.length === 2) {
    const nullAt = branches.findIndex((b) => (b as { type?: unknown }).type === 'null');
    const other = branches[1 - nullAt] as Record<string, unknown> | undefined;
    if (nullAt !== -1 && other && typeof other.type === 'string' && !('anyOf' in other) && !('oneOf' in other)) {
      const { anyOf: _drop, ...rest } = o;
      return { ...rest, ...other, nullable: true };
    }
  }
  return o;
}

/** The contract as a fast-json-stringify function, or undefined when JSON Schema can't express it (zod then writes it). */
function compile(contract: z.ZodType): Stringify | undefined {
  try {
    const jsonSchema = z.toJSONSchema(contract, { io: 'output', target: 'draft-7', unrepresentable: 'throw' });
    return fastJson(nullableInPlace(jsonSchema) as Parameters<typeof fastJson>[0]) as Stringify;
  } catch {
    return undefined;
  }
}
