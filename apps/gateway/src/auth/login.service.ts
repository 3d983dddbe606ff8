import { Inject, Injectable } from '@nestjs/common';
import {
  signAccessToken,
  spendPasswordCheck,
  UserRepository,
  verifyPassword,
  type Role,
} from '@budgetflow/identity';
import { GATEWAY_SETTINGS, type GatewaySettings } from '../gateway-settings';
import { withinRedisDeadline } from '../http/redis-deadline';
import { LoginAttemptLimiter } from './login-attempt-limiter';

export interface LoginResponse {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until the token expires. */
  expiresIn: number;
  user: { username: string; displayName: string; role: Role; unitIds: string[] };
}

export type LoginOutcome =
  | { kind: 'signed-in'; response: LoginResponse }
  | { kind: 'invalid-credentials' }
  | { kind: 'too-many-attempts'; retryAfterSeconds: number };

/** Checks a username and password and issues an access token, within the login attempt limits. */
@Injectable()
export class LoginService {
  constructor(
    private readonly users: UserRepository,
    private readonly limiter: LoginAttemptLimiter,
    @Inject(GATEWAY_SETTINGS) private readonly settings: GatewaySettings,
  ) {}

  async login(username: string, password: string, clientAddress: string): Promise<LoginOutcome> {
    const attempt = await withinRedisDeadline(this.limiter.begin(username, clientAddress), 'login limits');
    if (!attempt.allowed) return { kind: 'too-many-attempts', retryAfterSeconds: attempt.retryAfterSeconds };

    let user: Awaited<ReturnType<UserRepository['findByUsernameWithUnits']>>;
    let valid: boolean;
    try {
      user = await this.users.findByUsernameWithUnits(username);
      // An unknown username costs the same hash computation as a wrong password, so the time
      // taken does not tell which usernames exist.
      valid = user ? await verifyPassword(password, user.passwordHash) : await spendPasswordCheck(password);
    } catch (error) {
      await this.limiter.takeBack(username, clientAddress).catch(() => undefined);
      throw error;
    }
    if (!user || !valid) return { kind: 'invalid-credentials' };

    await withinRedisDeadline(this.limiter.succeeded(username, clientAddress), 'login limits');
    const principal = {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      unitIds: user.unitIds,
    };
    const signed = signAccessToken(
      principal,
      this.settings.JWT_SECRET,
      this.settings.ACCESS_TOKEN_TTL_SECONDS,
    );
    return {
      kind: 'signed-in',
      response: {
        accessToken: signed.token,
        tokenType: 'Bearer',
        expiresIn: signed.expiresIn,
        user: {
          username: user.username,
          displayName: user.displayName,
          role: user.role,
          unitIds: user.unitIds,
        },
      },
    };
  }
}
