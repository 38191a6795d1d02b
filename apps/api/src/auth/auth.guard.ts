import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import type { Actor, Role } from '@kernel';
import { DomainError } from '@kernel';
import { Accounts } from './accounts';
import { RouteScope } from './route-scope';
import { PUBLIC_KEY, READ_ONLY_KEY, ROLES_KEY } from '@platform/http/auth.decorators';

/** Global guard: a valid bearer token on every route but the public ones, then the route's roles. */
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
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const actor = await this.authenticate(request.headers.authorization);
    request.actor = actor;
    // Auditors read everything in their subtree and change nothing.
    const reads =
      request.method === 'GET' ||
      request.method === 'HEAD' ||
      Boolean(this.reflector.getAllAndOverride<boolean>(READ_ONLY_KEY, targets));
    if (actor.role === 'auditor' && !reads)
      throw new DomainError('FORBIDDEN', 'Kiểm toán viên chỉ được xem, không được thay đổi dữ liệu');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role)) {
      throw new DomainError('FORBIDDEN', `Vai trò “${actor.role}” không được thực hiện thao tác này`, {
        allowed: roles,
      });
    }
    await this.scope.check(request, actor, !reads);
    return true;
  }

  private async authenticate(header: string | undefined): Promise<Actor> {
    const [scheme, token] = header?.split(' ') ?? [];
    if (scheme !== 'Bearer' || !token)
      throw new DomainError('UNAUTHENTICATED', 'Thiếu mã xác thực (Bearer token)');
    const subject = await this.jwt.verifyAsync<{ sub?: unknown }>(token).then(
      (claims) => claims.sub,
      () => undefined,
    );
    // The token names an account; what that account may do is read from the account itself.
    const actor = typeof subject === 'string' ? await this.accounts.actorOf(subject) : undefined;
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Mã xác thực không hợp lệ hoặc đã hết hạn');
    return actor;
  }
}
