import type { Indicator, PlanDefinition, TaskDefinition } from '@modules/plan/plan.definition';

const ALL_KINDS: Indicator['unitKinds'] = ['phong_ban', 'thon', 'thi_tu', 'trung_tam', 'doan_the'];

const indicator = (
  code: string,
  name: string,
  comparator: Indicator['comparator'],
  targetPercent: number,
): Indicator => ({
  code,
  name,
  comparator,
  targetPercent,
  unitKinds: ALL_KINDS,
});

const task = (
  code: string,
  title: string,
  leadUnit: string,
  coordinatingUnits: string[],
  dueOn?: string,
): TaskDefinition => ({
  code,
  title,
  leadUnit,
  coordinatingUnits,
  ...(dueOn ? { dueOn } : {}),
  recurringYearly: !dueOn,
});

/**
 * Kế hoạch 863/KH-UBND ngày 05/09/2025 của UBND xã Kim Thành, as the demo ships it.
 * Text restored with diacritics from the OCR in shared/seeds.
 */
export const plan863: PlanDefinition = {
  number: '863/KH-UBND',
  issuer: 'Ủy ban nhân dân xã Kim Thành',
  issuedOn: '2025-09-05',
  signer: 'Nguyễn Văn Nghiệp',
  title:
    'Phát động, triển khai phong trào “Kim Thành thi đua đổi mới sáng tạo, chuyển đổi số” và “Bình dân học vụ số” góp phần đưa đất nước vươn mình bước vào kỷ nguyên giàu mạnh và thịnh vượng',
  legalBasis: [
    'Công văn số 2144/UBND-NVKTGS ngày 15/8/2025 của UBND thành phố Hải Phòng',
    'Kế hoạch số 47A/KH-UBND ngày 11/7/2025',
    'Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị',
    'Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ',
    'Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương',
    'Chương trình hành động số 04-CTr/ĐU ngày 10/7/2025 của Đảng ủy xã Kim Thành',
  ],
  standingUnit: 'VHXH',
  startsOn: '2025-09-05',
  endsOn: '2030-12-31',
  phases: [
    {
      code: 'GD1',
      name: 'Giai đoạn 1 (2025 – 2027)',
      startsOn: '2025-09-05',
      endsOn: '2027-06-30',
      review: 'preliminary',
    },
    {
      code: 'GD2',
      name: 'Giai đoạn 2 (2027 – 2030)',
      startsOn: '2027-07-01',
      endsOn: '2030-12-31',
      review: 'final',
    },
  ],
  indicators: [
    indicator(
      'CT01',
      'Tỷ lệ thủ tục hành chính được người dân, doanh nghiệp thực hiện qua dịch vụ công trực tuyến',
      '>=',
      80,
    ),
    indicator(
      'CT02',
      'Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện',
      '>=',
      90,
    ),
    indicator(
      'CT03',
      'Tỷ lệ thủ tục hành chính liên quan đến doanh nghiệp thực hiện trực tuyến; không phụ thuộc địa giới hành chính',
      '=',
      100,
    ),
    indicator(
      'CT04',
      'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình',
      '=',
      100,
    ),
    indicator('CT05', 'Tỷ lệ người dân không phải cung cấp bản sao giấy tờ, bản sao chứng thực', '=', 100),
    indicator('CT06', 'Tỷ lệ hồ sơ công việc được xử lý hoàn toàn trên môi trường điện tử', '=', 100),
    indicator(
      'CT07',
      'Tỷ lệ hoạt động chỉ đạo, điều hành, quản trị nội bộ trên một nền tảng thống nhất',
      '=',
      100,
    ),
    indicator(
      'CT08',
      'Tỷ lệ văn bản giữa các cơ quan nhà nước dưới dạng điện tử, ký số chuyên dùng (trừ văn bản mật)',
      '=',
      100,
    ),
    indicator(
      'CT09',
      'Tỷ lệ báo cáo định kỳ kinh tế – xã hội thực hiện trên phần mềm báo cáo của xã, kết nối Hệ thống thông tin báo cáo Chính phủ',
      '=',
      100,
    ),
    indicator(
      'CT10',
      'Tỷ lệ cơ sở dữ liệu dùng chung toàn xã, kết nối liên thông qua nền tảng tích hợp, chia sẻ dữ liệu (LGSP)',
      '>=',
      70,
    ),
  ],
  rewards: [
    // “Khen thưởng hằng năm … theo thẩm quyền”: the commune's own Giấy khen at each annual review.
    { occasion: 'annual', form: 'giay_khen_chu_tich_xa', awardedBy: 'Chủ tịch UBND xã' },
    { occasion: 'preliminary', form: 'giay_khen_chu_tich_xa', awardedBy: 'Chủ tịch UBND xã' },
    {
      occasion: 'final',
      form: 'bang_khen_chu_tich_thanh_pho',
      awardedBy: 'Chủ tịch UBND thành phố Hải Phòng',
    },
    { occasion: 'final', form: 'giay_khen_chu_tich_xa', awardedBy: 'Chủ tịch UBND xã' },
  ],
  taskGroups: [
    {
      code: 'I',
      title: 'Công tác truyền thông, tuyên truyền',
      tasks: [
        task(
          'I.1',
          'Tuyên truyền sâu rộng Nghị quyết số 57-NQ/TW và phong trào thi đua trên báo chí, phát thanh, nền tảng số và mạng xã hội',
          'TTVH',
          ['VHXH', 'MTTQ'],
        ),
        task(
          'I.2',
          'Xây dựng chuyên trang, chuyên mục về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
          'TTVH',
          ['VHXH'],
        ),
        task(
          'I.3',
          'Phát hiện, biểu dương, nhân rộng mô hình hay, cách làm sáng tạo trong phong trào thi đua',
          'VHXH',
          ['TTVH', 'MTTQ'],
        ),
      ],
    },
    {
      code: 'II',
      title: 'Chuyển đổi số trong hoạt động của chính quyền xã',
      tasks: [
        task(
          'II.1',
          'Cung cấp dịch vụ công trực tuyến toàn trình đối với các thủ tục hành chính đủ điều kiện',
          'VP',
          ['KT', 'VHXH'],
        ),
        task(
          'II.2',
          'Xử lý hồ sơ công việc, văn bản điện tử và ký số chuyên dùng giữa các cơ quan',
          'VP',
          [],
        ),
        task('II.3', 'Xây dựng cơ sở dữ liệu dùng chung, kết nối qua nền tảng LGSP', 'VP', ['KT']),
        task('II.4', 'Phát triển kinh tế số, thanh toán không dùng tiền mặt trên địa bàn xã', 'KT', [
          'DNKT',
          'TTPT',
        ]),
      ],
    },
    {
      code: 'III',
      title: 'Phong trào “Bình dân học vụ số”, phổ cập kỹ năng số',
      tasks: [
        task('III.1', 'Tổ chức lớp phổ cập kỹ năng số cho người dân trong thôn', 'THONKL', ['TTVH']),
        task('III.2', 'Tổ chức lớp phổ cập kỹ năng số cho người dân trong thôn', 'THONKX', ['TTVH']),
        task('III.3', 'Hướng dẫn hộ kinh doanh sử dụng dịch vụ số và thanh toán điện tử', 'TTPT', [
          'KT',
          'DNKT',
        ]),
        task('III.4', 'Vận động đoàn viên, hội viên tham gia học tập kỹ năng số', 'MTTQ', [
          'THONKL',
          'THONKX',
          'TTPT',
        ]),
      ],
    },
    {
      code: 'IV',
      title: 'Theo dõi, đôn đốc, sơ kết và tổng kết',
      tasks: [
        task(
          'IV.1',
          'Xây dựng Đề án đánh giá mức độ hoàn thành nhiệm vụ chuyển đổi số làm căn cứ bình xét khen thưởng',
          'VHXH',
          ['VP'],
          '2026-06-30',
        ),
        task('IV.2', 'Tổng hợp báo cáo UBND xã kết quả phong trào hằng năm, sơ kết và tổng kết', 'VHXH', []),
      ],
    },
  ],
  reporting: { quarterlyDueBeforeDay: 15, annualDueBefore: { day: 5, month: 12 }, remindDaysBefore: [7, 1] },
};
