import { Type } from '@sinclair/typebox';
import { defineCommand } from './command-contract';

const strict = { additionalProperties: false } as const;
const UnitId = Type.String({ pattern: '^\\d{6}-[0-9A-Za-z]{1,20}$' });
const FiscalYear = Type.Integer({ minimum: 2000, maximum: 2100 });

export const DISCLOSURE_FORMATS = ['html', 'pdf', 'xlsx', 'json', 'csv'] as const;
export type DisclosureFormat = (typeof DISCLOSURE_FORMATS)[number];

/** One published version on the public portal. */
export interface DisclosureListing {
  unitId: string;
  unitName: string;
  fiscalYear: number;
  version: number;
  budgetId: string;
  postedAt: string;
  /** The version this one corrects. */
  supersedesVersion: number | null;
  /** Set on a version a later correction replaced (it stays available). */
  supersededByVersion: number | null;
}

/** A piece of a published file: whole files can exceed one NATS message. */
export interface ArtifactChunk {
  contentType: string;
  contentHash: string;
  size: number;
  version: number;
  offset: number;
  /** base64 */
  chunk: string;
  done: boolean;
}

export const ListDisclosures = defineCommand<DisclosureListing[]>()(
  'publication',
  'list-disclosures',
  Type.Object(
    {
      unitId: Type.Optional(UnitId),
      fiscalYear: Type.Optional(FiscalYear),
      q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    },
    strict,
  ),
);

export const GetArtifactChunk = defineCommand<ArtifactChunk | null>()(
  'publication',
  'get-artifact-chunk',
  Type.Object(
    {
      unitId: UnitId,
      fiscalYear: FiscalYear,
      format: Type.Union(DISCLOSURE_FORMATS.map((format) => Type.Literal(format))),
      version: Type.Optional(Type.Integer({ minimum: 1 })),
      offset: Type.Integer({ minimum: 0 }),
    },
    strict,
  ),
);
