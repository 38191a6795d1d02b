/**
 * The UI's addresses. They are Vietnamese words while the API's are English nouns, so a page's
 * address never shadows an API route: the API process serves the UI for exactly these first
 * segments (apps/api/src/web-ui.ts), and a reload on any deep link shows its page.
 */
export const PATHS = {
  home: '/',
  login: '/dang-nhap',
  plans: '/ke-hoach',
  plan: (id: string) => `/ke-hoach/${id}`,
  newPlan: '/ke-hoach/moi',
  editPlan: (id: string) => `/ke-hoach/${id}/sua`,
  reportRequest: (id: string) => `/bao-cao/${id}`,
  myReports: '/bao-cao',
  review: (id: string) => `/danh-gia/${id}`,
  ruleSets: '/quan-tri/bo-quy-tac',
  decisions: '/quyet-dinh',
  units: '/quan-tri/don-vi',
  people: '/quan-tri/nguoi-dung',
  myTasks: '/nhiem-vu',
  task: (id: string) => `/nhiem-vu/${id}`,
  inbox: '/hop-thu',
  audit: '/kiem-toan',
  nomination: (id: string) => `/khen-thuong/${id}`,
  document: (id: string) => `/van-ban/${id}`,
  records: '/ho-so',
  considerations: '/binh-xet',
  initiatives: '/sang-kien',
  consideration: (id: string) => `/binh-xet/${id}`,
} as const;

/** Every first segment the UI owns (including those of screens still to come). */
export const UI_SEGMENTS = [
  'dang-nhap',
  'ke-hoach',
  'nhiem-vu',
  'hop-thu',
  'bao-cao',
  'danh-gia',
  'khen-thuong',
  'quyet-dinh',
  'kiem-toan',
  'quan-tri',
  'van-ban',
  'ho-so',
  'binh-xet',
  'sang-kien',
] as const;
