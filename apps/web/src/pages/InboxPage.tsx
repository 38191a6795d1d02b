import { useQuery } from '@tanstack/react-query';
import { Alert, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { formatDate } from '../format';
import { PATHS } from '../paths';

type Item = components['schemas']['InboxItem'];

const KIND_LABELS: Record<Item['kind'], string> = {
  vote: 'Bỏ phiếu',
  close_vote: 'Kết thúc bỏ phiếu',
  appraisal: 'Thẩm định hồ sơ',
  appraisal_overdue: 'Thẩm định quá hạn',
  objection: 'Ý kiến phản ánh',
  quota: 'Xét chỉ tiêu',
  decision: 'Ký quyết định',
  resubmit: 'Bổ sung hồ sơ',
  review: 'Đợt đánh giá',
  report: 'Gửi báo cáo',
  document: 'Ký ban hành văn bản',
};

/** The API names the thing to act on; the UI opens its own page for it where one exists. */
function pageOf(link: string): string | undefined {
  const [, family, id] = link.split('/');
  const pages: Record<string, (id: string) => string> = {
    nominations: PATHS.nomination,
    reviews: PATHS.review,
    'report-requests': PATHS.reportRequest,
    'report-documents': PATHS.document,
    considerations: PATHS.consideration,
  };
  return pages[family]?.(id);
}

/** What awaits the caller, oldest first, with due dates. */
export function InboxPage() {
  const inbox = useQuery({ queryKey: ['inbox'], queryFn: async () => (await api.GET('/me/inbox')).data! });
  return (
    <>
      <Typography.Title level={3}>Việc đang chờ</Typography.Title>
      {inbox.error && <Alert type="error" showIcon message={inbox.error.message} role="alert" />}
      <List<Item>
        loading={inbox.isPending}
        dataSource={inbox.data}
        locale={{ emptyText: 'Không có việc nào đang chờ' }}
        renderItem={(item) => {
          const page = pageOf(item.link);
          return (
            <List.Item>
              <List.Item.Meta
                title={page ? <Link to={page}>{item.title}</Link> : item.title}
                description={
                  <Space wrap>
                    <Tag color="red">{KIND_LABELS[item.kind]}</Tag>
                    <span>Từ {formatDate(item.since)}</span>
                    {item.dueOn && <span>Hạn {formatDate(item.dueOn)}</span>}
                  </Space>
                }
              />
            </List.Item>
          );
        }}
      />
    </>
  );
}
