import type { Role } from '../../domain/src';
import { kimThanhUnits } from './units';

export interface DemoUser {
  username: string;
  role: Role;
  unitCode?: string;
  displayName: string;
}

const STANDING_UNIT = 'VHXH';

/** Demo accounts (password `demo`, demo mode only): one per role, plus one per demo unit named by its code. */
export const demoUsers: DemoUser[] = [
  { username: 'owner', role: 'owner', displayName: 'Chủ kế hoạch – UBND xã Kim Thành' },
  ...[1, 2, 3, 4, 5].map((n): DemoUser => ({
    username: `council${n}`,
    role: 'council',
    displayName: `Thành viên Hội đồng Thi đua – Khen thưởng ${n}`,
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
