import { Controller, Header, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { apiError, unavailableAsHttp } from '../http/api-error';
import { ApiTypeBoxBody, TypeBoxBody } from '../http/typebox-body.pipe';
import { LoginService, type LoginResponse } from './login.service';
import { Public } from './public.decorator';

const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
type LoginBody = Static<typeof LoginBody>;

@ApiTags('auth')
@Controller('api/auth')
export class AuthHttpController {
  constructor(private readonly logins: LoginService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Sign in with a username and password; answers an access token (Bearer)' })
  @ApiTypeBoxBody(LoginBody)
  async login(
    @TypeBoxBody(LoginBody) body: LoginBody,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    const outcome = await this.logins
      .login(body.username, body.password, request.ip)
      .catch((error: unknown) => {
        throw unavailableAsHttp(error);
      });
    switch (outcome.kind) {
      case 'signed-in':
        return outcome.response;
      case 'invalid-credentials':
        // One message whether the username exists or not.
        throw apiError(
          HttpStatus.UNAUTHORIZED,
          'AUTH.INVALID_CREDENTIALS',
          'the username or password is wrong',
        );
      case 'too-many-attempts':
        void reply.header('retry-after', String(outcome.retryAfterSeconds));
        throw apiError(
          HttpStatus.TOO_MANY_REQUESTS,
          'AUTH.TOO_MANY_ATTEMPTS',
          `too many failed sign-in attempts; try again in ${Math.ceil(outcome.retryAfterSeconds / 60)} minute(s)`,
        );
    }
  }
}
