import { Body, HttpStatus, type PipeTransform } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { apiError } from './api-error';

/** One problem with a request body, at a JSON Pointer into it (`/fiscalYear`, `/items/0/code`). */
export interface BodyProblem {
  path: string;
  message: string;
}

/** Enough to fix a request; a body with thousands of bad rows does not need a reply as large. */
const MAX_PROBLEMS = 50;

/** Validates a request body against a TypeBox schema: 400 REQUEST.INVALID_BODY with every problem. */
export class TypeBoxBodyPipe<S extends TSchema> implements PipeTransform<unknown, unknown> {
  private readonly check: TypeCheck<S>;

  constructor(schema: S) {
    assertClosedObject(schema);
    this.check = TypeCompiler.Compile(schema);
  }

  transform(value: unknown): unknown {
    if (this.check.Check(value)) return value;
    const problems = bodyProblems(this.check, value);
    const first = problems[0];
    throw apiError(
      HttpStatus.BAD_REQUEST,
      'REQUEST.INVALID_BODY',
      first
        ? `the request body is not valid: ${first.path} ${first.message}`
        : 'the request body is not valid',
      problems,
    );
  }
}

/**
 * `@TypeBoxBody(CreateBudgetBody) body: Static<typeof CreateBudgetBody>`: the body, validated.
 * The schema must be an object schema that refuses unknown fields (additionalProperties: false),
 * so a misspelt field is an error rather than silently ignored.
 */
export const TypeBoxBody = <S extends TSchema>(schema: S): ParameterDecorator =>
  Body(new TypeBoxBodyPipe(schema));

/** Documents the same schema in the OpenAPI description (TypeBox schemas are JSON Schema). */
export const ApiTypeBoxBody = <S extends TSchema>(schema: S): MethodDecorator =>
  ApiBody({ schema: JSON.parse(JSON.stringify(schema)) as Record<string, unknown> });

export function bodyProblems<S extends TSchema>(check: TypeCheck<S>, value: unknown): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const seen = new Set<string>();
  for (const error of check.Errors(value)) {
    const path = error.path || '/';
    // TypeBox reports a missing property twice ("required" and "expected string"); the first says it.
    if (seen.has(path)) continue;
    seen.add(path);
    problems.push({ path, message: error.message });
    if (problems.length === MAX_PROBLEMS) break;
  }
  return problems;
}

function assertClosedObject(schema: TSchema): void {
  const { type, additionalProperties } = schema as { type?: unknown; additionalProperties?: unknown };
  if (type !== 'object' || additionalProperties !== false) {
    // Thrown when the controller is loaded, so the mistake shows in the first test that imports it.
    throw new Error(
      'TypeBoxBody needs an object schema with additionalProperties: false, so unknown fields are refused',
    );
  }
}
