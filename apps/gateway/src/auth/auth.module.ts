import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UnitRepository, UserRepository } from '@budgetflow/identity';
import { SERVICE_RESOURCES, type ServiceResources } from '@budgetflow/service-kit';
import { GATEWAY_SETTINGS, gatewaySettingsProvider, type GatewaySettings } from '../gateway-settings';
import { gatewayRedisPrefix } from '../http/redis-keys';
import { AuthGuard } from './auth.guard';
import { AuthHttpController } from './auth.http-controller';
import { LoginAttemptLimiter } from './login-attempt-limiter';
import { LoginService } from './login.service';
import { UnitsHttpController } from './units.http-controller';

function databaseOf(resources: ServiceResources) {
  if (!resources.database) throw new Error('the gateway needs its database for users and units');
  return resources.database;
}

function redisOf(resources: ServiceResources) {
  if (!resources.redis) throw new Error('the gateway needs Redis for login limits and idempotency keys');
  return resources.redis;
}

/** Sign-in, the global AuthGuard (every route needs a token unless @Public()), and the units list. */
@Module({
  controllers: [AuthHttpController, UnitsHttpController],
  providers: [
    gatewaySettingsProvider,
    {
      provide: UserRepository,
      useFactory: (resources: ServiceResources) => new UserRepository(databaseOf(resources)),
      inject: [SERVICE_RESOURCES],
    },
    {
      provide: UnitRepository,
      useFactory: (resources: ServiceResources) => new UnitRepository(databaseOf(resources)),
      inject: [SERVICE_RESOURCES],
    },
    {
      provide: LoginAttemptLimiter,
      useFactory: (resources: ServiceResources, settings: GatewaySettings) =>
        new LoginAttemptLimiter(
          redisOf(resources),
          gatewayRedisPrefix(resources.settings.BUDGETFLOW_NAMESPACE),
          {
            maxFailuresPerUsername: settings.LOGIN_MAX_FAILURES_PER_USERNAME,
            maxFailuresPerAddress: settings.LOGIN_MAX_FAILURES_PER_IP,
            windowSeconds: settings.LOGIN_FAILURE_WINDOW_SECONDS,
          },
        ),
      inject: [SERVICE_RESOURCES, GATEWAY_SETTINGS],
    },
    LoginService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [GATEWAY_SETTINGS, UserRepository, UnitRepository],
})
export class AuthModule {}
