import { TypeCompiler } from '@sinclair/typebox/compiler';
import {
  BUDGET_DOCUMENT_SCHEMA_ID,
  BUDGET_DOCUMENT_SCHEMA_VERSION,
  budgetDocumentJsonSchema,
  budgetDocumentSchema,
} from './budget-document.schema';

describe('budgetDocumentSchema', () => {
  const jsonSchema = budgetDocumentJsonSchema() as {
    $id: string;
    required: string[];
    additionalProperties: boolean;
    properties: Record<string, { const?: string }>;
  };

  it('pins the schema version as a required constant', () => {
    expect(jsonSchema.properties.schemaVersion.const).toBe(BUDGET_DOCUMENT_SCHEMA_VERSION);
    expect(jsonSchema.required).toContain('schemaVersion');
    expect(jsonSchema.$id).toBe(BUDGET_DOCUMENT_SCHEMA_ID);
    expect(jsonSchema.$id).toContain(BUDGET_DOCUMENT_SCHEMA_VERSION);
  });

  it('is plain JSON that closes every object', () => {
    const text = JSON.stringify(jsonSchema);
    const objects = text.match(/"type":"object"/g)?.length ?? 0;
    const closed = text.match(/"additionalProperties":false/g)?.length ?? 0;
    expect(objects).toBeGreaterThan(10);
    expect(closed).toBe(objects);
  });

  it('keeps amounts as strings, never numbers', () => {
    expect(JSON.stringify(jsonSchema)).not.toMatch(/"type":"number"/);
  });

  it('compiles', () => {
    expect(() => TypeCompiler.Compile(budgetDocumentSchema)).not.toThrow();
  });
});
