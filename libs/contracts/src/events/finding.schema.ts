import { Type, type Static } from '@sinclair/typebox';

const Text = (maxLength: number) => Type.String({ maxLength });

/** A validation finding on the wire (DESIGN.md): rule, severity, Chinese message, exact place. */
export const FindingSchema = Type.Object(
  {
    ruleId: Text(50),
    severity: Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')]),
    message: Text(4000),
    location: Type.Object(
      {
        table: Type.Optional(Text(100)),
        code: Type.Optional(Text(50)),
        row: Type.Optional(Text(200)),
        column: Type.Optional(Text(100)),
        project: Type.Optional(Text(500)),
        indicator: Type.Optional(Text(1000)),
        path: Text(1000),
      },
      { additionalProperties: false },
    ),
    expected: Type.Optional(Text(4000)),
    actual: Type.Optional(Text(4000)),
  },
  { additionalProperties: false },
);
export type FindingMessage = Static<typeof FindingSchema>;

export const FindingCountsSchema = Type.Object(
  {
    error: Type.Integer({ minimum: 0 }),
    warning: Type.Integer({ minimum: 0 }),
    info: Type.Integer({ minimum: 0 }),
  },
  { additionalProperties: false },
);
export type FindingCounts = Static<typeof FindingCountsSchema>;
