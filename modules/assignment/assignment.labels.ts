import type { AssignmentRole } from './assignment.decider';

export const ASSIGNMENT_ROLE_LABELS: Record<AssignmentRole, string> = {
  lead: 'Chủ trì',
  coordinating: 'Phối hợp',
};
