import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { ROLES, type Actor, type Role } from '../../../../libs/domain/src';
import { ApiError } from '../common/api-error';
import { PUBLIC_KEY, READ_ONLY_KEY, ROLES_KEY } from './decorators';

interface TokenClaims {
  sub: string;
  role: Role;
  unit?: string;
}

/** Global guard: a valid bearer token on every route but the public ones, then the route's roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const actor = await this.authenticate(request.headers.authorization);
    request.actor = actor;
    // Auditors read everything and change nothing.
    const reads = request.method === 'GET' || request.method === 'HEAD';
    if (
      actor.role === 'auditor' &&
      !reads &&
      !this.reflector.getAllAndOverride<boolean>(READ_ONLY_KEY, targets)
    )
      throw new ApiError('FORBIDDEN', 'Kiểm toán viên chỉ được xem, không được thay đổi dữ liệu');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(actor.role)) {
      throw new ApiError('FORBIDDEN', `Vai trò “${actor.role}” không được thực hiện thao tác này`, {
        allowed: roles,
      });
    }
    return true;
  }

  private async authenticate(header: string | undefined): Promise<Actor> {
    const [scheme, token] = header?.split(' ') ?? [];
    if (scheme !== 'Bearer' || !token)
      throw new ApiError('UNAUTHENTICATED', 'Thiếu mã xác thực (Bearer token)');
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token);
      if (!ROLES.includes(claims.role)) throw new Error('unknown role');
      return { userId: claims.sub, username: claims.sub, role: claims.role, unitCode: claims.unit };
    } catch {
      throw new ApiError('UNAUTHENTICATED', 'Mã xác thực không hợp lệ hoặc đã hết hạn');
    }
  }
}
