import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Actor, Role } from '@kernel';

export const PUBLIC_KEY = 'thidua:public';
export const ROLES_KEY = 'thidua:roles';
export const READ_ONLY_KEY = 'thidua:read-only';

/** The route needs no token. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call the route (checked after authentication). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A POST that changes nothing (e.g. verification): auditors, read-only everywhere, may call it. */
export const ReadOnly = () => SetMetadata(READ_ONLY_KEY, true);

export const CurrentActor = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Actor => ctx.switchToHttp().getRequest<{ actor: Actor }>().actor,
);

/**
 * The caller in every role it holds today (the first is `CurrentActor`): for answers that gather
 * what awaits a person who is, say, a unit's head and a council member at once.
 */
export const CurrentActors = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor[] => {
  const request = ctx.switchToHttp().getRequest<{ actor: Actor; actors?: Actor[] }>();
  return request.actors ?? [request.actor];
});

export const SELF_SERVICE_KEY = 'thidua:self-service';

/** The route serves an account that must still change its first or reset password (who am I, change it). */
export const SelfService = () => SetMetadata(SELF_SERVICE_KEY, true);
