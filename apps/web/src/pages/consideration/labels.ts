/** How a consideration's step reads on screen. */
export const CONSIDERATION_STATUS = {
  open: 'Đang nhận đề nghị',
  voting: 'Hội đồng đang bỏ phiếu',
  concluded: 'Đã có kết quả bỏ phiếu',
} as const;

export const VOTE_LABELS = { yes: 'Đồng ý', no: 'Không đồng ý', abstain: 'Không biểu quyết' } as const;

/** The colour of a proposal's standing: refused and failed in red, granted in green. */
export const STATUS_COLOURS: Record<string, string> = {
  proposed: 'blue',
  refused: 'red',
  withdrawn: 'default',
  approved: 'green',
  forwarded: 'purple',
  not_approved: 'red',
  prerequisite_failed: 'red',
  over_cap: 'orange',
  suspended: 'orange',
  rejected: 'red',
  decided: 'green',
};

export const RATING_LABELS = {
  hoan_thanh_xuat_sac: 'Hoàn thành xuất sắc nhiệm vụ',
  hoan_thanh_tot: 'Hoàn thành tốt nhiệm vụ',
  hoan_thanh: 'Hoàn thành nhiệm vụ',
  khong_hoan_thanh: 'Không hoàn thành nhiệm vụ',
} as const;
