import { Module } from '@nestjs/common';
import { SERVICE_RESOURCES, type ServiceResources } from '@budgetflow/service-kit';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyStore } from './idempotency.store';
import { gatewayRedisPrefix } from './redis-keys';

/** `Idempotency-Key` on the signed-in POSTs marked @Idempotent(), kept in Redis (see IdempotencyInterceptor). */
@Module({
  providers: [
    {
      provide: IdempotencyStore,
      useFactory: (resources: ServiceResources) => {
        if (!resources.redis) throw new Error('the gateway needs Redis for idempotency keys');
        return new IdempotencyStore(
          resources.redis,
          gatewayRedisPrefix(resources.settings.BUDGETFLOW_NAMESPACE),
        );
      },
      inject: [SERVICE_RESOURCES],
    },
    IdempotencyInterceptor,
  ],
  exports: [IdempotencyStore, IdempotencyInterceptor],
})
export class IdempotencyModule {}
