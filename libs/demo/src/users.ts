import type { Role } from '@kernel';
import { kimThanhUnits } from './units';

export interface DemoUser {
  username: string;
  role: Role;
  unitCode?: string;
  displayName: string;
  councilChair?: boolean;
}

const STANDING_UNIT = 'VHXH';

/** Demo accounts (password `demo`, demo mode only): one per role, plus one per demo unit named by its code. */
export const demoUsers: DemoUser[] = [
  { username: 'owner', role: 'owner', displayName: 'Chủ kế hoạch – UBND xã Kim Thành' },
  // Nine members: the council of a commune; the first chairs it.
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n): DemoUser => ({
    username: `council${n}`,
    role: 'council',
    displayName:
      n === 1
        ? 'Chủ tịch Hội đồng Thi đua – Khen thưởng xã'
        : `Thành viên Hội đồng Thi đua – Khen thưởng ${n}`,
    councilChair: n === 1,
  })),
  { username: 'chairman', role: 'chairman', displayName: 'Chủ tịch UBND xã Kim Thành' },
  { username: 'auditor', role: 'auditor', displayName: 'Kiểm toán viên' },
  { username: 'admin', role: 'admin', displayName: 'Quản trị hệ thống' },
  ...kimThanhUnits.map((unit): DemoUser => ({
    username: unit.code.toLowerCase(),
    role: unit.code === STANDING_UNIT ? 'standing' : 'unit',
    unitCode: unit.code,
    displayName: unit.name,
  })),
];
