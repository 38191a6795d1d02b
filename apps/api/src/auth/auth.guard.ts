import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import type { Actor, Role } from '@kernel';
import { DomainError, ROLE_LABELS } from '@kernel';
import { Accounts, type Identity } from './accounts';
import { RouteScope } from './route-scope';
import { SELF_SERVICE_KEY, PUBLIC_KEY, READ_ONLY_KEY, ROLES_KEY } from '@platform/http/auth.decorators';

/**
 * Global guard: a valid bearer token on every route but the public ones; the account as it
 * stands now; the role it acts in (the first it holds that the route allows); then the scope of
 * the object the route names.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    private readonly accounts: Accounts,
    private readonly scope: RouteScope,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const flag = (key: string) => Boolean(this.reflector.getAllAndOverride<boolean>(key, targets));
    if (flag(PUBLIC_KEY)) return true;
    const request = context
      .switchToHttp()
      .getRequest<Request & { actor?: Actor; actors?: Actor[]; identity?: Identity }>();
    const identity = await this.authenticate(request.headers.authorization);
    request.identity = identity;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const grant = roles ? identity.grants.find((g) => roles.includes(g.role)) : identity.grants[0];
    // Known before any refusal, so a refused attempt is recorded with who made it.
    const acting = grant ?? identity.grants[0];
    request.actor = {
      userId: identity.username,
      username: identity.username,
      role: acting?.role ?? 'unit',
      unitCode: acting?.unitCode,
      organisation: acting?.organisation,
    };
    const actor = request.actor;
    request.actors = identity.grants.map((g) => ({
      userId: identity.username,
      username: identity.username,
      role: g.role,
      unitCode: g.unitCode,
      organisation: g.organisation,
    }));
    if (!acting) throw new DomainError('FORBIDDEN', 'Tài khoản không còn vai trò nào đang có hiệu lực');
    if (identity.mustChangePassword && !flag(SELF_SERVICE_KEY))
      throw new DomainError('PASSWORD_CHANGE_REQUIRED', 'Hãy đổi mật khẩu được cấp trước khi làm việc');
    if (!grant)
      throw new DomainError(
        'FORBIDDEN',
        `Vai trò “${ROLE_LABELS[acting.role]}” không được thực hiện thao tác này`,
        {
          allowed: roles,
        },
      );
    // Auditors read everything in their subtree and change nothing (but their own password).
    const reads = request.method === 'GET' || request.method === 'HEAD' || flag(READ_ONLY_KEY);
    if (actor.role === 'auditor' && !reads && !flag(SELF_SERVICE_KEY))
      throw new DomainError('FORBIDDEN', 'Kiểm toán viên chỉ được xem, không được thay đổi dữ liệu');
    await this.scope.check(request, actor, !reads);
    return true;
  }

  private async authenticate(header: string | undefined): Promise<Identity> {
    const [scheme, token] = header?.split(' ') ?? [];
    if (scheme !== 'Bearer' || !token)
      throw new DomainError('UNAUTHENTICATED', 'Thiếu mã xác thực (Bearer token)');
    const subject = await this.jwt.verifyAsync<{ sub?: unknown }>(token).then(
      (claims) => claims.sub,
      () => undefined,
    );
    // The token names an account; what that account may do is read from the account itself.
    const identity = typeof subject === 'string' ? await this.accounts.identify(subject) : undefined;
    if (!identity) throw new DomainError('UNAUTHENTICATED', 'Mã xác thực không hợp lệ hoặc đã hết hạn');
    return identity;
  }
}
