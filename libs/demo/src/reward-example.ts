import { jurisdictionOf } from '@modules/rule-set/rule-set.policy';
import { type PublishedRuleSet } from '@modules/rule-set/rule-set.decider';
import { plan863 } from './plan-863';

/**
 * The demo's rule set for xã Kim Thành: national defaults, except that public posting lasts
 * 0 working days so the seeded example reaches its decision at once. A real commune keeps
 * the default (7) or publishes its own version.
 */
export const demoRuleSet: PublishedRuleSet = {
  jurisdiction: jurisdictionOf(plan863),
  effectiveFrom: '2025-07-01',
  name: 'Quy chế thi đua, khen thưởng xã Kim Thành (bản trình diễn: công khai 0 ngày)',
  source: 'Dữ liệu trình diễn của ThiDua',
  postingWorkingDays: 0,
};

/** The city's rules for the Bằng khen its communes send up: posting lasts 0 days in the demo too. */
export const demoCityRuleSet: PublishedRuleSet = {
  jurisdiction: 'VN-HP',
  effectiveFrom: '2025-07-01',
  name: 'Quy chế thi đua, khen thưởng thành phố Hải Phòng (bản trình diễn: công khai 0 ngày)',
  source: 'Dữ liệu trình diễn của ThiDua',
  postingWorkingDays: 0,
};

/** A Giấy khen for the Trung tâm Văn hóa, Thể thao – Truyền thông at the preliminary review of phase 1. */
export const demoNomination = {
  subject: { kind: 'collective' as const, unitCode: 'TTVH' },
  form: 'giay_khen_chu_tich_xa' as const,
  achievement:
    'Hoàn thành xuất sắc nhiệm vụ tuyên truyền Nghị quyết số 57-NQ/TW và phong trào “Bình dân học vụ số” giai đoạn 2025–2027',
};

export const demoDossier: Array<{ kind: string; fileName: string; text: string }> = [
  {
    kind: 'to_trinh',
    fileName: 'to-trinh-de-nghi-khen-thuong.txt',
    text: 'Tờ trình đề nghị tặng Giấy khen của Chủ tịch UBND xã cho Trung tâm Văn hóa, Thể thao – Truyền thông xã Kim Thành.',
  },
  {
    kind: 'bao_cao_thanh_tich',
    fileName: 'bao-cao-thanh-tich.txt',
    text: 'Báo cáo thành tích: đăng tải 120 tin, bài về chuyển đổi số; tổ chức 15 lớp “Bình dân học vụ số” cho 900 lượt người dân.',
  },
  {
    kind: 'bien_ban_binh_xet',
    fileName: 'bien-ban-binh-xet.txt',
    text: 'Biên bản họp bình xét thi đua của Trung tâm: 12/12 viên chức đồng ý đề nghị khen thưởng.',
  },
];
