import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Progress, Space, Table, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import type { components } from '../../api/schema';
import { tokenStore } from '../../api/client';
import { download } from '../../download';
import { postFile } from '../../upload';
import { formatNumber } from '../../format';

type Preview = components['schemas']['ImportPreviewReply'];
type Job = components['schemas']['ImportJob'];

/**
 * Onboarding from a sheet: the file is checked first (every error by row and column, nothing
 * written), then imported with its progress shown; the organisation's own sheet is the template.
 */
export function ImportSheet({ organisation }: { organisation: string }) {
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<Preview>();
  const [jobId, setJobId] = useState<string>();
  const check = useMutation({
    mutationFn: (f: File) => postFile<Preview>('/imports/preview', f),
    onSuccess: setPreview,
    onError: (e) => void message.error(e.message),
  });
  const start = useMutation({
    mutationFn: (f: File) => postFile<Job>('/imports', f),
    onSuccess: (job) => setJobId(job.id),
    onError: (e) => void message.error(e.message),
  });
  const job = useQuery({
    queryKey: ['import', jobId],
    enabled: !!jobId,
    queryFn: async () => {
      const reply = await fetch(`/imports/${jobId}`, {
        headers: { authorization: `Bearer ${tokenStore.get()}` },
      });
      return (await reply.json()) as Job;
    },
    refetchInterval: (q) => (q.state.data?.status === 'running' ? 500 : false),
  });
  const finished = job.data && job.data.status !== 'running';
  const status = job.data?.status;
  useEffect(() => {
    if (status === 'done') void queries.invalidateQueries({ queryKey: ['people', organisation] });
  }, [status, queries, organisation]);
  return (
    <Card size="small" title="Nhập đơn vị và người dùng từ tệp (XLSX, CSV)">
      <Space wrap style={{ marginBottom: 12 }}>
        <Upload
          accept=".xlsx,.csv"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(f) => {
            setFile(f);
            setPreview(undefined);
            setJobId(undefined);
            check.mutate(f);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={check.isPending}>
            Chọn tệp để kiểm tra
          </Button>
        </Upload>
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            void download(
              `/organisations/${organisation}/sheet?format=xlsx`,
              `don-vi-nguoi-dung-${organisation}.xlsx`,
            )
          }
        >
          Tải tệp mẫu (danh sách hiện có)
        </Button>
      </Space>
      {preview && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text>
            {preview.fileName}: {formatNumber(preview.total)} dòng, {formatNumber(preview.newUnits)} đơn vị
            mới, {formatNumber(preview.newAccounts)} tài khoản mới.
          </Typography.Text>
          {preview.errors.length > 0 ? (
            <>
              <Alert
                type="error"
                showIcon
                role="alert"
                message={`Tệp có ${formatNumber(preview.errors.length)} lỗi: sửa rồi chọn lại tệp, chưa có gì được nhập`}
              />
              <Table
                size="small"
                rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
                dataSource={preview.errors}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                columns={[
                  { title: 'Dòng', dataIndex: 'row', width: 70 },
                  { title: 'Cột', dataIndex: 'column', width: 200 },
                  { title: 'Lỗi', dataIndex: 'message' },
                ]}
              />
            </>
          ) : (
            !jobId && (
              <Button type="primary" onClick={() => file && start.mutate(file)} loading={start.isPending}>
                Nhập {formatNumber(preview.total)} dòng
              </Button>
            )
          )}
        </Space>
      )}
      {job.data && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Progress
            percent={Math.round((job.data.done / Math.max(job.data.total, 1)) * 100)}
            status={
              job.data.status === 'failed' || job.data.status === 'interrupted'
                ? 'exception'
                : finished
                  ? 'success'
                  : 'active'
            }
            aria-label="Tiến độ nhập"
          />
          <Typography.Text role="status">
            {job.data.status === 'running'
              ? `Đang nhập: ${formatNumber(job.data.done)}/${formatNumber(job.data.total)} dòng`
              : job.data.status === 'done'
                ? `Đã nhập xong ${formatNumber(job.data.total)} dòng, ${formatNumber(job.data.changed)} dòng có thay đổi`
                : job.data.status === 'interrupted'
                  ? `Bị gián đoạn sau ${formatNumber(job.data.done)}/${formatNumber(job.data.total)} dòng (máy chủ khởi động lại): hãy nhập lại tệp, các dòng đã nhập được giữ nguyên`
                  : `Dừng ở dòng ${job.data.errors[0]?.row ?? '?'}: ${job.data.errors[0]?.message ?? ''}`}
          </Typography.Text>
        </Space>
      )}
    </Card>
  );
}
