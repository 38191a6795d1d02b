import {
  DownloadOutlined,
  EditOutlined,
  FileAddOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  Popconfirm,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { postFile } from '../../upload';
import { PATHS } from '../../paths';
import { clearChangedErrors, showProblem } from '../../api/problems';
import type { components } from '../../api/schema';
import { download } from '../../download';
import { civilDate, DateInput } from '../../fields';
import { formatDate } from '../../format';
import { useSession } from '../../session';

type Doc = components['schemas']['ReportDocumentView'];
type Draft = components['schemas']['DocumentDraftDto'];
type Preview = components['schemas']['DocumentPreview'];

const FORMS = [
  { value: 'bao_cao', label: 'Báo cáo' },
  { value: 'cong_van', label: 'Công văn' },
];
const FORM_LABELS: Record<string, string> = { bao_cao: 'Báo cáo', cong_van: 'Công văn' };
const DEFAULT_SECTIONS = [
  { code: 'ket_qua', title: 'Kết quả thực hiện' },
  { code: 'han_che', title: 'Hạn chế, khó khăn' },
  { code: 'nguyen_nhan', title: 'Nguyên nhân' },
  { code: 'de_xuat', title: 'Đề xuất, kiến nghị' },
  { code: 'phuong_huong', title: 'Phương hướng, nhiệm vụ thời gian tới' },
];

/**
 * The documents an office issues from its plan's reports: the standing agency drafts a Báo cáo
 * or a Công văn (answering a request or not), everyone who may previews it as it will print,
 * and the head, a deputy or the office by authorisation issues it with a number from the register.
 */
export function Documents({ planId }: { planId: string }) {
  const { me } = useSession();
  const [selected, setSelected] = useState<string>();
  const [editing, setEditing] = useState<Doc | 'new'>();
  const documents = useQuery({
    queryKey: ['documents', planId],
    queryFn: async () =>
      (
        await api.GET('/plans/{id}/report-documents', {
          params: { path: { id: planId }, query: { limit: 100 } },
        })
      ).data!,
  });
  const drafts = ['owner', 'standing', 'admin'].includes(me?.role ?? '');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        size="small"
        title="Văn bản báo cáo, công văn"
        extra={
          drafts && (
            <Button icon={<FileAddOutlined />} onClick={() => setEditing('new')}>
              Soạn văn bản
            </Button>
          )
        }
      >
        {documents.error && <Alert type="error" showIcon message={documents.error.message} role="alert" />}
        <Table<Doc>
          rowKey="id"
          size="small"
          loading={documents.isPending}
          dataSource={documents.data?.items}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: 'Chưa có văn bản nào' }}
          onRow={(d) => ({ onClick: () => setSelected(d.id), style: { cursor: 'pointer' } })}
          rowClassName={(d) => (d.id === selected ? 'ant-table-row-selected' : '')}
          columns={[
            {
              title: 'Văn bản',
              key: 'number',
              render: (_, d) => (
                <Button type="link" onClick={() => setSelected(d.id)} style={{ padding: 0 }}>
                  {FORM_LABELS[d.form]} {d.number ? `số ${d.number}` : '(dự thảo)'}
                </Button>
              ),
            },
            { title: 'Trích yếu', dataIndex: 'subject' },
            { title: 'Ngày văn bản', dataIndex: 'documentDate', render: (d: string) => formatDate(d) },
            {
              title: 'Trạng thái',
              dataIndex: 'status',
              render: (s: string) =>
                s === 'issued' ? <Tag color="green">Đã ban hành</Tag> : <Tag color="gold">Dự thảo</Tag>,
            },
          ]}
        />
      </Card>
      {editing && (
        <DocumentEditor
          planId={planId}
          document={editing === 'new' ? undefined : editing}
          onDone={(doc) => {
            setEditing(undefined);
            if (doc) setSelected(doc.id);
          }}
        />
      )}
      {selected && !editing && (
        <DocumentView documentId={selected} onEdit={drafts ? (doc) => setEditing(doc) : undefined} />
      )}
    </Space>
  );
}

interface DraftForm extends Omit<Draft, 'sections'> {
  sections: Array<{ code: string; title: string; text?: string }>;
}

/** Drafting: the request it answers, its form, subject, addressees, date and the prose by section. */
function DocumentEditor({
  planId,
  document,
  onDone,
}: {
  planId: string;
  document?: Doc;
  onDone: (doc?: Doc) => void;
}) {
  const [form] = Form.useForm<DraftForm>();
  const queries = useQueryClient();
  const { message } = App.useApp();
  const [problem, setProblem] = useState<string>();
  const requests = useQuery({
    queryKey: ['report-requests', planId],
    queryFn: async () =>
      (
        await api.GET('/plans/{id}/report-requests', {
          params: { path: { id: planId }, query: { limit: 200 } },
        })
      ).data!,
  });
  const save = useMutation({
    mutationFn: async (body: Draft) =>
      document
        ? (await api.PUT('/report-documents/{id}', { params: { path: { id: document.id } }, body })).data!
        : (await api.POST('/plans/{id}/report-documents', { params: { path: { id: planId } }, body })).data!,
    onSuccess: (doc) => {
      void queries.invalidateQueries({ queryKey: ['documents', planId] });
      void queries.invalidateQueries({ queryKey: ['document-preview', doc.id] });
      void message.success('Đã lưu dự thảo văn bản');
      onDone(doc);
    },
    onError: (error) => setProblem(showProblem(form, error)),
  });
  const formValue = Form.useWatch('form', form);
  // A request's own sections are what its units and its answer write in.
  const pickRequest = (requestId?: string) => {
    const request = requests.data?.items.find((r) => r.id === requestId);
    const sections = (request?.sections ?? DEFAULT_SECTIONS).map((s) => ({ ...s, text: '' }));
    form.setFieldsValue({ sections, subject: form.getFieldValue('subject') || request?.subject });
  };
  return (
    <Card size="small" title={document ? 'Sửa dự thảo văn bản' : 'Soạn văn bản'}>
      {problem && <Alert type="error" showIcon message={problem} role="alert" style={{ marginBottom: 12 }} />}
      <Form<DraftForm>
        form={form}
        layout="vertical"
        onFieldsChange={clearChangedErrors(form)}
        initialValues={
          document
            ? { ...document, requestId: document.requestId ?? undefined }
            : {
                form: 'bao_cao',
                recipients: [],
                copies: [],
                documentDate: dayjs().format('YYYY-MM-DD'),
                sections: DEFAULT_SECTIONS.map((s) => ({ ...s, text: '' })),
              }
        }
        onFinish={(values) =>
          save.mutate({
            ...values,
            symbol: values.symbol || undefined,
            requestId: values.requestId || undefined,
            sections: values.sections.map((s) => ({ ...s, text: s.text ?? '' })),
          })
        }
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="Trả lời yêu cầu báo cáo" name="requestId">
              <Select
                allowClear
                disabled={!!document}
                loading={requests.isPending}
                onChange={pickRequest}
                placeholder="Không trả lời yêu cầu nào"
                options={(requests.data?.items ?? []).map((r) => ({
                  value: r.id,
                  label: r.number ? `${r.number}: ${r.subject}` : (r.periodLabel ?? r.subject),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label="Hình thức" name="form">
              <Radio.Group options={FORMS} optionType="button" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label="Ngày văn bản" name="documentDate" {...civilDate}>
              <DateInput aria-label="Ngày văn bản" />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item
              label={formValue === 'cong_van' ? 'Trích yếu (sau “V/v”)' : 'Tên báo cáo (dưới “BÁO CÁO”)'}
              name="subject"
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label="Ký hiệu" name="symbol" tooltip="Bỏ trống: tự đặt theo cơ quan (BC-UBND…)">
              <Input placeholder="Tự động" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Kính gửi" name="recipients">
              <Select mode="tags" tokenSeparators={[';']} placeholder="Gõ nơi nhận rồi nhấn Enter" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Nơi nhận khác" name="copies">
              <Select mode="tags" tokenSeparators={[';']} placeholder="Gõ nơi nhận rồi nhấn Enter" />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="sections">
          {(fields) =>
            fields.map((field) => (
              <div key={field.key}>
                {/* Each section keeps its code and title; people write its text. */}
                <Form.Item name={[field.name, 'code']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item name={[field.name, 'title']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item
                  label={form.getFieldValue(['sections', field.name, 'title'])}
                  name={[field.name, 'text']}
                >
                  <Input.TextArea autoSize={{ minRows: 2 }} />
                </Form.Item>
              </div>
            ))
          }
        </Form.List>
        <Space>
          <Button type="primary" htmlType="submit" icon={<EditOutlined />} loading={save.isPending}>
            Lưu dự thảo
          </Button>
          <Button onClick={() => onDone()}>Hủy</Button>
        </Space>
      </Form>
    </Card>
  );
}

/** One document on its own page (from the inbox): the plan it belongs to, and the document. */
export function DocumentPage() {
  const { documentId = '' } = useParams();
  const doc = useQuery({
    queryKey: ['document', documentId],
    queryFn: async () =>
      (await api.GET('/report-documents/{id}', { params: { path: { id: documentId } } })).data!,
  });
  if (doc.isPending) return <Spin tip="Đang tải văn bản…" />;
  if (doc.error) {
    const status = doc.error instanceof ApiError ? doc.error.problem.statusCode : 0;
    return (
      <Result
        status={status === 403 ? '403' : status === 404 ? '404' : 'error'}
        title="Không mở được văn bản"
        subTitle={doc.error.message}
        extra={<Link to={PATHS.inbox}>Về việc đang chờ</Link>}
      />
    );
  }
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Link to={PATHS.plan(doc.data.planId)}>← Về kế hoạch</Link>
      <DocumentView documentId={documentId} />
    </Space>
  );
}

/** The document as it will print, with what may be done with it: download, revise, issue, verify a copy. */
function DocumentView({ documentId, onEdit }: { documentId: string; onEdit?: (doc: Doc) => void }) {
  const { me } = useSession();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [acting, setActing] = useState(false);
  const [verified, setVerified] = useState<{ matches: boolean; name: string }>();
  const doc = useQuery({
    queryKey: ['document', documentId],
    queryFn: async () =>
      (await api.GET('/report-documents/{id}', { params: { path: { id: documentId } } })).data!,
  });
  const preview = useQuery({
    queryKey: ['document-preview', documentId],
    queryFn: async () =>
      (await api.GET('/report-documents/{id}/preview', { params: { path: { id: documentId } } })).data!,
  });
  const issue = useMutation({
    mutationFn: async () =>
      (
        await api.POST('/report-documents/{id}/issue', {
          params: { path: { id: documentId } },
          body: { acting: acting || undefined },
        })
      ).data!,
    onSuccess: (issued) => {
      queries.setQueryData(['document', documentId], issued);
      void queries.invalidateQueries({ queryKey: ['documents', issued.planId] });
      void queries.invalidateQueries({ queryKey: ['document-preview', documentId] });
      void message.success(`Đã ban hành văn bản số ${issued.number}`);
    },
    onError: (error) => void message.error((error as Error).message),
  });
  if (doc.isPending || preview.isPending) return <Spin tip="Đang dựng văn bản…" />;
  if (doc.error || preview.error)
    return <Alert type="error" showIcon message={(doc.error ?? preview.error)!.message} role="alert" />;
  const d = doc.data;
  const signs = d.status === 'draft' && (me?.role === 'chairman' || me?.role === 'standing');
  const verify = async (file: File) => {
    await postFile<{ matches: boolean }>(`/report-documents/${documentId}/verify`, file).then(
      (result) => setVerified({ matches: result.matches, name: file.name }),
      (error: Error) => void message.error(error.message),
    );
    return false;
  };
  return (
    <Card
      size="small"
      title={`${FORM_LABELS[d.form]} ${d.number ? `số ${d.number}` : '(dự thảo)'}`}
      extra={
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            onClick={() =>
              download(`/report-documents/${documentId}/file`, `${d.symbol}.docx`).catch((e: Error) =>
                message.error(e.message),
              )
            }
          >
            {d.status === 'issued' ? 'Tải văn bản đã ban hành' : 'Tải bản xem trước (Word)'}
          </Button>
          {onEdit && d.status === 'draft' && (
            <Button icon={<EditOutlined />} onClick={() => onEdit(d)}>
              Sửa dự thảo
            </Button>
          )}
        </Space>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {d.status === 'issued' && (
          <Alert
            type="success"
            showIcon
            message={`Ban hành ngày ${formatDate(d.issuedOn)} · ${d.signature?.fullName ?? ''}`}
            description={`Mã kiểm tra (SHA-256) của tệp: ${d.sha256}`}
          />
        )}
        <PrintedSheet preview={preview.data} />
        {signs && (
          <Space wrap>
            {me?.role === 'chairman' && (
              <Checkbox checked={acting} onChange={(e) => setActing(e.target.checked)}>
                Ký quyền (Q.)
              </Checkbox>
            )}
            <Popconfirm
              title="Ban hành văn bản?"
              description="Văn bản sẽ được lấy số và không sửa được nữa."
              okText="Ban hành"
              cancelText="Chưa"
              onConfirm={() => issue.mutate()}
            >
              <Button type="primary" icon={<SafetyCertificateOutlined />} loading={issue.isPending}>
                {me?.role === 'standing' ? 'Ban hành (ký thừa lệnh)' : 'Ký và ban hành'}
              </Button>
            </Popconfirm>
          </Space>
        )}
        {d.status === 'issued' && (
          <Space wrap>
            <Upload beforeUpload={verify} showUploadList={false} accept=".docx">
              <Button icon={<SafetyCertificateOutlined />}>Kiểm tra một bản sao</Button>
            </Upload>
            {verified && (
              <Tag color={verified.matches ? 'green' : 'red'} role="status">
                {verified.name}:{' '}
                {verified.matches ? 'đúng là văn bản đã ban hành' : 'không khớp văn bản đã ban hành'}
              </Tag>
            )}
          </Space>
        )}
      </Space>
    </Card>
  );
}

/** A sheet laid out as the printed document: heading, title, addressees, body, signature, Nơi nhận. */
function PrintedSheet({ preview: p }: { preview: Preview }) {
  return (
    <div className="document-page" aria-label="Xem trước văn bản">
      <Row gutter={8}>
        <Col span={10} className="document-center">
          {p.governingBody && <div>{p.governingBody}</div>}
          <strong>{p.issuingBody}</strong>
          <div>———</div>
          <div>{p.numberLine}</div>
          {p.regarding && <div className="document-small">{p.regarding}</div>}
        </Col>
        <Col span={14} className="document-center">
          <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
          <div>
            <strong>Độc lập – Tự do – Hạnh phúc</strong>
          </div>
          <div>———————</div>
          <em>{p.placeDate}</em>
        </Col>
      </Row>
      {p.kind ? (
        <div className="document-center document-title">
          <strong>{p.kind}</strong>
          <div>
            <strong>{p.subject}</strong>
          </div>
        </div>
      ) : (
        <div className="document-center document-title">
          Kính gửi:{' '}
          {p.recipients.length === 1 ? `${p.recipients[0]}.` : p.recipients.map((r) => `- ${r}`).join(' ')}
        </div>
      )}
      {p.opening && <p className="document-indent">{p.opening}</p>}
      {p.sections.map((s, i) => (
        <div key={s.title}>
          <strong>
            {toRoman(i + 1)}. {s.title.toUpperCase()}
          </strong>
          {s.text.split(/\n+/).map((line, j) => (
            <p key={j} className="document-indent">
              {line}
            </p>
          ))}
        </div>
      ))}
      <strong>{toRoman(p.sections.length + 1)}. SỐ LIỆU TỔNG HỢP</strong>
      {p.summary.map((line) => (
        <p key={line} className="document-indent">
          {line}
        </p>
      ))}
      <Row gutter={8} style={{ marginTop: 24 }}>
        <Col span={12} className="document-small">
          <em>
            <strong>Nơi nhận:</strong>
          </em>
          {p.copies.map((c) => (
            <div key={c}>{c}</div>
          ))}
        </Col>
        <Col span={12} className="document-center">
          {p.signatureLines.map((line) => (
            <div key={line}>
              <strong>{line}</strong>
            </div>
          ))}
          <div style={{ height: 64 }} />
          <strong>{p.signerName ?? ''}</strong>
        </Col>
      </Row>
      <Typography.Text type="secondary" className="document-small">
        Phụ lục kèm theo: {p.appendices.map((a, i) => `${toRoman(i + 1)}. ${a.toLowerCase()}`).join('; ')}
      </Typography.Text>
    </div>
  );
}

const toRoman = (n: number): string =>
  ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][n - 1] ?? String(n);
