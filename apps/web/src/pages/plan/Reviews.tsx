import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, InputNumber, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { formatDate } from '../../format';
import { PATHS } from '../../paths';
import { useSession } from '../../session';

type Review = components['schemas']['ReviewView'];

/** A plan's reviews; the owner opens one for a phase ahead of its end, or for a year. */
export function Reviews({
  planId,
  phases,
}: {
  planId: string;
  phases: Array<{ code: string; name: string }>;
}) {
  const { me } = useSession();
  const reviews = useQuery({
    queryKey: ['reviews', planId],
    queryFn: async () => (await api.GET('/plans/{id}/reviews', { params: { path: { id: planId } } })).data!,
  });
  return (
    <Card size="small" title="Sơ kết, tổng kết, đánh giá năm">
      {reviews.error && <Alert type="error" showIcon message={reviews.error.message} role="alert" />}
      <Table<Review>
        rowKey="id"
        size="small"
        loading={reviews.isPending}
        dataSource={reviews.data}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: 'Chưa có đợt đánh giá nào' }}
        columns={[
          {
            title: 'Đợt đánh giá',
            dataIndex: 'title',
            render: (title: string, r) => <Link to={PATHS.review(r.id)}>{title}</Link>,
          },
          {
            title: 'Thời kỳ',
            key: 'period',
            render: (_, r) => `${formatDate(r.periodFrom)} – ${formatDate(r.periodTo)}`,
          },
          {
            title: 'Trạng thái',
            dataIndex: 'status',
            render: (s: string) =>
              s === 'open' ? <Tag color="processing">Đang đánh giá</Tag> : <Tag color="green">Đã chốt</Tag>,
          },
        ]}
      />
      {(me?.role === 'owner' || me?.role === 'admin') && <OpenReview planId={planId} phases={phases} />}
    </Card>
  );
}

function OpenReview({ planId, phases }: { planId: string; phases: Array<{ code: string; name: string }> }) {
  const navigate = useNavigate();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const [target, setTarget] = useState<string>('year');
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const open = useMutation({
    mutationFn: async () =>
      (
        await api.POST('/plans/{id}/reviews', {
          params: { path: { id: planId } },
          body: target === 'year' ? { year } : { phaseCode: target },
        })
      ).data!,
    onSuccess: (review) => {
      void queries.invalidateQueries({ queryKey: ['reviews', planId] });
      void message.success('Đã mở đợt đánh giá');
      navigate(PATHS.review(review.id));
    },
  });
  return (
    <Space wrap style={{ marginTop: 12 }}>
      {open.error && <Alert type="error" showIcon message={open.error.message} role="alert" />}
      <Select
        aria-label="Đánh giá cho"
        showSearch
        optionFilterProp="label"
        value={target}
        onChange={setTarget}
        style={{ minWidth: 220 }}
        options={[
          { value: 'year', label: 'Đánh giá năm' },
          ...phases.map((p) => ({ value: p.code, label: `Sơ kết/tổng kết: ${p.name}` })),
        ]}
      />
      {target === 'year' && (
        <InputNumber aria-label="Năm" min={2000} max={2100} value={year} onChange={(y) => y && setYear(y)} />
      )}
      <Button icon={<PlusOutlined />} loading={open.isPending} onClick={() => open.mutate()}>
        Mở đợt đánh giá
      </Button>
    </Space>
  );
}
