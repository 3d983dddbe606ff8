import { infrastructureSettings, integer, port, text } from '@budgetflow/runtime';

export const gatewaySettings = {
  ...infrastructureSettings,
  PORT: port(3000),
  HOST: text('0.0.0.0'),
  /** How long the gateway waits for a service's reply before answering 503. */
  REQUEST_TIMEOUT_MS: integer(5000, 100, 120_000),
};
