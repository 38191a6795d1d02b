import type { AnyProjection } from '../../event-store/src';
import { planProjection } from './plans/plan.projection';

export { PlanView } from './plans/plan.entity';
export { planProjection };

/** Every inline projection, in the order they are applied within an append. */
export const projections: AnyProjection[] = [planProjection];
export const projectionEntities = projections.map((p) => p.entity);
