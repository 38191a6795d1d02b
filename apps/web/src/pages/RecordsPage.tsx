import { UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Select, Space, Spin, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { postFile } from '../upload';
import type { components } from '../api/schema';
import { formatDate } from '../format';
import { useSession } from '../session';

type Import = components['schemas']['RecordImportReply'];

/**
 * Records over the years (hồ sơ thành tích) of the caller's organisation: pick a person or a
 * collective to see its titles and yearly ratings; the standing agency brings history in from
 * a sheet, checked first (every error by row and column), then imported.
 */
export function RecordsPage() {
  const { me } = useSession();
  const organisation = me?.organisationCode;
  const [subject, setSubject] = useState<string>();
  const subjects = useQuery({
    queryKey: ['record-subjects', organisation],
    enabled: !!organisation,
    queryFn: async () =>
      (await api.GET('/organisations/{code}/records/subjects', { params: { path: { code: organisation! } } }))
        .data!,
  });
  const [kind, id] = subject?.split(':') ?? [];
  const record = useQuery({
    queryKey: ['record', organisation, subject],
    enabled: !!organisation && !!subject,
    queryFn: async () =>
      (
        await api.GET('/organisations/{code}/records', {
          params: { path: { code: organisation! }, query: kind === 'person' ? { person: id } : { unit: id } },
        })
      ).data!,
  });
  if (!organisation) return <Empty description="Tài khoản không thuộc cơ quan nào" />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Hồ sơ thi đua qua các năm
      </Typography.Title>
      {(me?.role === 'standing' || me?.role === 'admin') && <ImportSheet organisation={organisation} />}
      <Card size="small" title="Hồ sơ của một người hoặc tập thể">
        {subjects.error && <Alert type="error" showIcon message={subjects.error.message} role="alert" />}
        <Select
          aria-label="Người hoặc tập thể"
          showSearch
          optionFilterProp="label"
          loading={subjects.isPending}
          style={{ width: '100%', maxWidth: 520, marginBottom: 12 }}
          placeholder="Chọn người hoặc tập thể"
          value={subject}
          onChange={setSubject}
          options={[
            {
              label: 'Cá nhân',
              options: (subjects.data?.people ?? []).map((p) => ({
                value: `person:${p.id}`,
                label: `${p.fullName}${p.position ? ` – ${p.position}` : ''}`,
              })),
            },
            {
              label: 'Tập thể',
              options: (subjects.data?.units ?? []).map((u) => ({ value: `unit:${u.code}`, label: u.name })),
            },
          ]}
        />
        {record.isFetching && <Spin />}
        {record.data && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              aria-label="Xếp loại hằng năm"
              dataSource={record.data.ratings}
              locale={{ emptyText: 'Chưa có xếp loại' }}
              columns={[
                { title: 'Năm', dataIndex: 'year', width: 90 },
                { title: 'Xếp loại', dataIndex: 'label' },
              ]}
            />
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              scroll={{ x: true }}
              aria-label="Danh hiệu, khen thưởng"
              dataSource={record.data.titles}
              locale={{ emptyText: 'Chưa có danh hiệu, khen thưởng' }}
              columns={[
                { title: 'Năm', dataIndex: 'year', width: 90 },
                { title: 'Danh hiệu, hình thức', dataIndex: 'form' },
                {
                  title: 'Quyết định',
                  key: 'decision',
                  render: (_, t) => `Số ${t.decisionNumber} ngày ${formatDate(t.decidedOn)}`,
                },
                { title: 'Cơ quan quyết định', dataIndex: 'issuer' },
                {
                  title: 'Nguồn',
                  dataIndex: 'source',
                  render: (s: string) => <Tag>{s === 'thidua' ? 'ThiDua' : 'Nhập từ hồ sơ cũ'}</Tag>,
                },
              ]}
            />
          </Space>
        )}
      </Card>
    </Space>
  );
}

/** A sheet of history: checked first (nothing written), then imported when it has no error. */
function ImportSheet({ organisation }: { organisation: string }) {
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [file, setFile] = useState<File>();
  const [result, setResult] = useState<Import>();
  const [busy, setBusy] = useState(false);
  const send = async (chosen: File, dryRun: boolean) => {
    setBusy(true);
    try {
      const route = `/organisations/${encodeURIComponent(organisation)}/records/import${dryRun ? '?dryRun=true' : ''}`;
      const reply = await postFile<Import>(route, chosen);
      setResult(reply);
      if (reply.imported) {
        void message.success(`Đã nhập ${reply.ratings} xếp loại và ${reply.titles} danh hiệu`);
        void queries.invalidateQueries({ queryKey: ['record'] });
      }
    } catch (error) {
      void message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title="Nhập hồ sơ cũ từ tệp (XLSX, CSV)">
      <Typography.Paragraph type="secondary">
        Các cột: Họ và tên (bỏ trống với tập thể), Mã đơn vị, Năm, Xếp loại, Danh hiệu, hình thức khen thưởng,
        Số quyết định, Ngày quyết định, Cơ quan quyết định.
      </Typography.Paragraph>
      <Space wrap>
        <Upload
          accept=".xlsx,.csv"
          showUploadList={false}
          beforeUpload={(chosen) => {
            setFile(chosen);
            void send(chosen, true);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            Chọn tệp và kiểm tra
          </Button>
        </Upload>
        {file && result && !result.imported && result.errors.length === 0 && (
          <Button type="primary" loading={busy} onClick={() => send(file, false)}>
            Nhập {result.ratings} xếp loại, {result.titles} danh hiệu
          </Button>
        )}
      </Space>
      {result && result.errors.length > 0 && (
        <Table
          size="small"
          style={{ marginTop: 12 }}
          rowKey={(e) => `${e.row}-${e.column}`}
          pagination={false}
          aria-label="Lỗi trong tệp"
          dataSource={result.errors}
          columns={[
            { title: 'Dòng', dataIndex: 'row', width: 70 },
            { title: 'Cột', dataIndex: 'column', width: 200 },
            { title: 'Lỗi', dataIndex: 'message' },
          ]}
        />
      )}
    </Card>
  );
}
