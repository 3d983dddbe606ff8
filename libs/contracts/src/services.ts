/** The services behind the gateway; each answers NATS requests in a queue group of its name. */
export const BACKEND_SERVICES = ['submission', 'validation', 'workflow', 'publication'] as const;
export type BackendService = (typeof BACKEND_SERVICES)[number];

export const ALL_SERVICES = ['gateway', ...BACKEND_SERVICES] as const;
export type ServiceName = (typeof ALL_SERVICES)[number];
