import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Space, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import type { components, operations } from '../api/schema';
import { download } from '../download';
import { formatDate } from '../format';
import { PATHS } from '../paths';

type Nomination = components['schemas']['NominationReply'];
type Status = NonNullable<
  NonNullable<operations['NominationsController_list']['parameters']['query']>['status']
>;

/** Reward decisions: those awaiting a signature, and those signed with their certificates. */
export function DecisionsPage() {
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Quyết định khen thưởng
      </Typography.Title>
      <Decisions status="awaiting_decision" title="Chờ ký quyết định" empty="Không có hồ sơ nào chờ ký" />
      <Decisions status="decided" title="Đã ký quyết định" empty="Chưa có quyết định nào" />
    </Space>
  );
}

function Decisions({ status, title, empty }: { status: Status; title: string; empty: string }) {
  const { message } = App.useApp();
  const decisions = useQuery({
    queryKey: ['nominations', { status }],
    queryFn: async () => (await api.GET('/nominations', { params: { query: { status, limit: 200 } } })).data!,
  });
  return (
    <Card size="small" title={title}>
      {decisions.error && <Alert type="error" showIcon message={decisions.error.message} role="alert" />}
      <Table<Nomination>
        rowKey="id"
        size="small"
        loading={decisions.isPending}
        dataSource={decisions.data?.items}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: empty }}
        columns={[
          {
            title: 'Đối tượng',
            dataIndex: 'subjectName',
            render: (name: string, n) => <Link to={PATHS.nomination(n.id)}>{name}</Link>,
          },
          { title: 'Hình thức', dataIndex: 'formLabel' },
          ...(status === 'decided'
            ? [
                { title: 'Số quyết định', dataIndex: 'decisionNumber', width: 140 },
                {
                  title: 'Ngày',
                  dataIndex: 'updatedAt',
                  width: 110,
                  render: (d: string) => formatDate(d),
                },
                {
                  title: 'Giấy khen',
                  key: 'certificate',
                  width: 140,
                  render: (_: unknown, n: Nomination) => (
                    <Button
                      size="small"
                      icon={<DownloadOutlined />}
                      aria-label={`Tải giấy khen của ${n.subjectName}`}
                      onClick={() =>
                        download(`/nominations/${n.id}/certificate`, 'khen-thuong.docx').catch((e: Error) =>
                          message.error(e.message),
                        )
                      }
                    >
                      Tải về
                    </Button>
                  ),
                },
              ]
            : [{ title: 'Trạng thái', dataIndex: 'statusLabel' }]),
        ]}
      />
    </Card>
  );
}
