import { HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AccessTokenVerifier, type Role } from '@budgetflow/identity';
import { GATEWAY_SETTINGS, type GatewaySettings } from '../gateway-settings';
import { apiError } from '../http/api-error';
import { isPublicRoute } from './public.decorator';
import { ROLES } from './roles.decorator';
import './principal-request';

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i;

/**
 * Every route needs `Authorization: Bearer <access token>` unless it is @Public() or under
 * /public/ (where a valid token is still read, and anything else ignored). The verified principal
 * is put on the request; @Roles() then limits who may call.
 * The reason a token was refused is not told: expired, forged or malformed all read the same.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly tokens: AccessTokenVerifier;

  constructor(
    private readonly reflector: Reflector,
    @Inject(GATEWAY_SETTINGS) settings: GatewaySettings,
  ) {
    this.tokens = new AccessTokenVerifier(settings.JWT_SECRET);
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    const verified = token ? this.tokens.verify(token) : undefined;
    if (verified?.ok) request.principal = verified.principal;
    // Open to anyone; a valid token still says who is asking (an admin sees more of /api/health).
    if (isPublicRoute(this.reflector, context)) return true;

    const reply = context.switchToHttp().getResponse<FastifyReply>();
    if (!verified) {
      void reply.header('www-authenticate', 'Bearer realm="budgetflow"');
      throw apiError(
        HttpStatus.UNAUTHORIZED,
        'AUTH.UNAUTHENTICATED',
        'sign in first: send Authorization: Bearer <accessToken>',
      );
    }
    if (!verified.ok) {
      void reply.header('www-authenticate', 'Bearer realm="budgetflow", error="invalid_token"');
      throw apiError(
        HttpStatus.UNAUTHORIZED,
        'AUTH.UNAUTHENTICATED',
        'the access token is not valid or has expired; sign in again',
      );
    }

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles && !roles.includes(verified.principal.role)) {
      throw apiError(
        HttpStatus.FORBIDDEN,
        'AUTH.FORBIDDEN',
        `this needs the role ${roles.join(' or ')}; you are signed in as ${verified.principal.role}`,
      );
    }
    return true;
  }
}
