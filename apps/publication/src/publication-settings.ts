import {
  InvalidSettingError,
  integer,
  oneOf,
  readSettings,
  url,
  type SettingReader,
} from '@budgetflow/runtime';
import { DISCLOSURE_FORMATS, type DisclosureFormat } from '@budgetflow/contracts';
import type { OutboundTargetConfig } from '@budgetflow/publication-core';

/** PUBLICATION_TARGETS: a JSON array of `{name,type:"http",url,secret}` or `{name,type:"directory",path}`. */
const targets: SettingReader<OutboundTargetConfig[]> = (name, raw) => {
  if (raw === undefined) return [];
  const expectation =
    'expected a JSON array of {"name","type":"http","url","secret"} or {"name","type":"directory","path"}';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new InvalidSettingError(name, raw, expectation);
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.every(
      (t: Record<string, unknown>) =>
        typeof t?.name === 'string' &&
        /^[a-z0-9-]{1,50}$/.test(t.name) &&
        ((t.type === 'http' &&
          typeof t.url === 'string' &&
          /^https?:\/\//.test(t.url) &&
          typeof t.secret === 'string' &&
          t.secret.length >= 16) ||
          (t.type === 'directory' && typeof t.path === 'string' && t.path.startsWith('/'))),
    );
  if (!valid) throw new InvalidSettingError(name, raw, expectation);
  return parsed as OutboundTargetConfig[];
};

const holidays: SettingReader<string[]> = (name, raw) => {
  if (raw === undefined) return [];
  const days = raw
    .split(',')
    .map((day) => day.trim())
    .filter(Boolean);
  if (!days.every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day))) {
    throw new InvalidSettingError(name, raw, 'expected dates like 2026-10-01,2026-10-02');
  }
  return days;
};

/** PUBLICATION_FORMATS: a comma-separated subset of html,pdf,xlsx,json,csv; all five when unset. */
const formats: SettingReader<DisclosureFormat[]> = (name, raw) => {
  if (raw === undefined || raw.trim() === '') return [...DISCLOSURE_FORMATS];
  const chosen = raw.split(',').map((format) => format.trim().toLowerCase());
  if (!chosen.every((format) => (DISCLOSURE_FORMATS as readonly string[]).includes(format))) {
    throw new InvalidSettingError(
      name,
      raw,
      `expected a comma-separated subset of ${DISCLOSURE_FORMATS.join(',')}`,
    );
  }
  // Kept in the canonical order, each once.
  return DISCLOSURE_FORMATS.filter((format) => chosen.includes(format));
};

export const readPublicationSettings = () =>
  readSettings({
    /** 《地方预决算公开操作规程》: 20 days after approval. */
    PUBLICATION_DEADLINE_DAYS: integer(20, 1, 365),
    PUBLICATION_DEADLINE_KIND: oneOf(['calendar', 'working'] as const, 'calendar'),
    PUBLICATION_HOLIDAYS: holidays,
    PUBLICATION_REMINDER_DAYS: integer(3, 0, 30),
    /** The portal's public address, as links in delivered notices and correction notes show it. */
    PORTAL_URL: url(['http:', 'https:'], 'http://127.0.0.1:3000/public/disclosures'),
    PUBLICATION_TARGETS: targets,
    /** Project owners' names and phone numbers are left out of public outputs unless set to false. */
    REDACT_PERSONAL_DATA: oneOf(['true', 'false'] as const, 'true'),
    PUBLICATION_RECONCILE_SECONDS: integer(60, 5, 3600),
    /**
     * The formats rendered and posted. PDF and XLSX take most of the rendering time; an installation
     * (or the benchmark) that does not publish them can leave them out. All five by default.
     */
    PUBLICATION_FORMATS: formats,
  });

export type PublicationSettings = ReturnType<typeof readPublicationSettings>;
