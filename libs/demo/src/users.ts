import type { Role } from '@kernel';
import {
  HAI_PHONG,
  haiPhongUnits,
  KIM_THANH,
  kimThanhUnits,
  LAI_KHE,
  laiKheUnits,
  type DemoUnit,
} from './units';

export interface DemoUser {
  username: string;
  role: Role;
  unitCode?: string;
  /** Accounts that are not a unit's work for an organisation; a unit's follows its unit. */
  organisation?: string;
  displayName: string;
  councilChair?: boolean;
}

/**
 * One organisation's accounts: one per role, a council of `councilSize` (the first chairs it),
 * and one per unit named by its code; `prefix` keeps the other organisations' names apart.
 * `chairman`: the name the chairman's account signs in when no person record says otherwise.
 */
function organisationUsers(input: {
  organisation: string;
  commune: string;
  prefix: string;
  councilSize: number;
  units: DemoUnit[];
  standingUnit: string;
  chairman?: string;
}): DemoUser[] {
  const { organisation, commune, prefix, units, standingUnit } = input;
  const unitPrefix = new RegExp(`^${prefix.replace('.', '').toUpperCase()}-`);
  const own = (user: Omit<DemoUser, 'organisation'>): DemoUser => ({ ...user, organisation });
  return [
    own({ username: `${prefix}owner`, role: 'owner', displayName: `Chủ kế hoạch – UBND ${commune}` }),
    ...Array.from({ length: input.councilSize }, (_, i) =>
      own({
        username: `${prefix}council${i + 1}`,
        role: 'council',
        displayName:
          i === 0
            ? `Chủ tịch Hội đồng Thi đua – Khen thưởng ${commune}`
            : `Thành viên Hội đồng Thi đua – Khen thưởng ${i + 1}`,
        councilChair: i === 0,
      }),
    ),
    own({
      username: `${prefix}chairman`,
      role: 'chairman',
      displayName: input.chairman ?? `Chủ tịch UBND ${commune}`,
    }),
    own({ username: `${prefix}auditor`, role: 'auditor', displayName: `Kiểm toán viên – ${commune}` }),
    own({ username: `${prefix}quantri`, role: 'admin', displayName: `Quản trị – ${commune}` }),
    ...units.map((unit): DemoUser => ({
      username: `${prefix}${unit.code.replace(unitPrefix, '').toLowerCase()}`,
      role: unit.code === standingUnit ? 'standing' : 'unit',
      unitCode: unit.code,
      displayName: unit.name,
    })),
  ];
}

/** Demo accounts (password `demo`, demo mode only): xã Kim Thành's as before, and xã Lai Khê's (`lk.`). */
export const demoUsers: DemoUser[] = [
  // The installation's administrator: registers the top-level organisations, sees everything.
  { username: 'admin', role: 'admin', displayName: 'Quản trị hệ thống' },
  // The city: its own council and chairman decide the Bằng khen its communes propose.
  ...organisationUsers({
    organisation: HAI_PHONG,
    commune: 'thành phố Hải Phòng',
    prefix: 'hp.',
    councilSize: 5,
    units: haiPhongUnits,
    standingUnit: 'HP-BTDKT',
    chairman: 'Phạm Minh Hải',
  }),
  // Nine members: the council of a commune.
  ...organisationUsers({
    organisation: KIM_THANH,
    commune: 'xã Kim Thành',
    prefix: '',
    councilSize: 9,
    units: kimThanhUnits,
    standingUnit: 'VHXH',
  }),
  ...organisationUsers({
    organisation: LAI_KHE,
    commune: 'xã Lai Khê',
    prefix: 'lk.',
    councilSize: 5,
    units: laiKheUnits,
    standingUnit: 'LK-VHXH',
  }),
];
