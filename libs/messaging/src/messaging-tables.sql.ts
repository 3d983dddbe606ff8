/**
 * The tables every service that emits or consumes events keeps in its own schema (version 1 of
 * their shape: a later change gets a new constant and a new migration, this one stays as it is).
 *
 * outbox: events written in the same transaction as the state change, relayed to JetStream.
 * processed_messages: the ids each consumer has handled, so a redelivered event changes nothing.
 */
export const MESSAGING_TABLES_V1_SQL = [
  `CREATE TABLE outbox (
     id uuid PRIMARY KEY,
     subject text NOT NULL,
     payload jsonb NOT NULL,
     headers jsonb NOT NULL DEFAULT '{}'::jsonb,
     created_at timestamptz NOT NULL DEFAULT now(),
     published_at timestamptz,
     attempts integer NOT NULL DEFAULT 0,
     last_error text
   )`,
  `CREATE INDEX outbox_unpublished ON outbox (created_at) WHERE published_at IS NULL`,
  `CREATE TABLE processed_messages (
     consumer text NOT NULL,
     message_id uuid NOT NULL,
     processed_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (consumer, message_id)
   )`,
];

export const DROP_MESSAGING_TABLES_V1_SQL = ['DROP TABLE processed_messages', 'DROP TABLE outbox'];
