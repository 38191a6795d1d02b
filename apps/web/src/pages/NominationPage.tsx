import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  List,
  Result,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import type { components } from '../api/schema';
import { download } from '../download';
import { formatDate, formatNumber } from '../format';
import { PATHS } from '../paths';
import { useSession } from '../session';
import { CityPath } from './nomination/CityPath';
import { useStep } from './nomination/useStep';
import { Dossier } from './nomination/Dossier';

type Nomination = components['schemas']['NominationReply'];

/**
 * One nomination on its way to a decision, and the step the caller can take: the standing
 * agency appraises, council members vote, the chair closes the vote, the chairman signs.
 * The API decides whether a step is allowed; the page offers the step the role would take.
 */
export function NominationPage() {
  const { nominationId = '' } = useParams();
  const { me } = useSession();
  const nomination = useQuery({
    queryKey: ['nomination', nominationId],
    queryFn: async () =>
      (await api.GET('/nominations/{id}', { params: { path: { id: nominationId } } })).data!,
  });
  if (nomination.isPending) return <Spin tip="Đang tải hồ sơ…" />;
  if (nomination.error)
    return (
      <Result
        status={
          nomination.error instanceof ApiError && nomination.error.problem.statusCode === 403
            ? '403'
            : 'error'
        }
        title="Không mở được hồ sơ khen thưởng"
        subTitle={nomination.error.message}
        extra={<Link to={PATHS.inbox}>Về việc đang chờ</Link>}
      />
    );
  const n = nomination.data;
  const posting = n.status === 'posting' || n.status === 'suspended';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Text type="secondary">{n.formLabel}</Typography.Text>
        <Typography.Title level={3} style={{ marginTop: 4 }}>
          {n.subjectName}
        </Typography.Title>
      </div>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="Trạng thái">
          <Tag color="blue">{n.statusLabel}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="Điểm đánh giá">{formatNumber(n.score)}</Descriptions.Item>
        <Descriptions.Item label="Thành tích" span={2}>
          {n.achievement}
        </Descriptions.Item>
        {n.tally && (
          <Descriptions.Item label="Kết quả bỏ phiếu" span={2}>
            Đồng ý {n.tally.yes} · Không đồng ý {n.tally.no} · Không biểu quyết {n.tally.abstain}
          </Descriptions.Item>
        )}
        {n.status === 'voting' && (
          <Descriptions.Item label="Đã bỏ phiếu" span={2}>
            {n.voted.length}/{n.members.length} thành viên
          </Descriptions.Item>
        )}
        {n.decisionNumber && <Descriptions.Item label="Quyết định số">{n.decisionNumber}</Descriptions.Item>}
      </Descriptions>
      {n.referredFrom && (
        <Alert
          type="info"
          showIcon
          message={`Hồ sơ do ${n.referredFrom.organisation.name} trình (${n.referredFrom.letter})`}
          description="Cơ quan thường trực thẩm định, Hội đồng Thi đua – Khen thưởng bỏ phiếu và Chủ tịch ký quyết định; kết quả được gửi về cấp trình."
        />
      )}
      {n.rejection && (
        <Alert type="warning" showIcon message="Không đề nghị khen thưởng" description={n.rejection} />
      )}
      <Dossier n={n} />
      {(me?.role === 'standing' || me?.role === 'admin') && n.status === 'appraisal' && <Appraisal n={n} />}
      {me?.role === 'council' && n.status === 'voting' && n.members.includes(me.username) && <Vote n={n} />}
      {n.status === 'voting' && me?.username === n.chair && <CloseVote n={n} />}
      {(posting || n.steps.some((s) => s.type === 'ObjectionRaised')) && <Objections n={n} open={posting} />}
      {me?.role === 'chairman' && n.status === 'awaiting_decision' && n.decidesHere && <Sign n={n} />}
      {!n.decidesHere && <CityPath n={n} />}
      {n.decisionNumber && <Certificate n={n} />}
    </Space>
  );
}

const path = (n: Nomination) => ({ params: { path: { id: n.id } } });

function Appraisal({ n }: { n: Nomination }) {
  const step = useStep(n, 'Đã ghi kết quả thẩm định');
  const [missing, setMissing] = useState('');
  const [reason, setReason] = useState('');
  return (
    <Card title="Thẩm định hồ sơ" size="small">
      {step.error && (
        <Alert type="error" showIcon message={step.error.message} role="alert" style={{ marginBottom: 12 }} />
      )}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Button
          type="primary"
          loading={step.isPending}
          onClick={() =>
            step.mutate(() =>
              api.POST('/nominations/{id}/appraisal', { ...path(n), body: { outcome: 'accept' } }),
            )
          }
        >
          Chấp nhận, trình Hội đồng
        </Button>
        <Form layout="vertical">
          <Form.Item label="Nội dung cần bổ sung (mỗi dòng một mục)">
            <Input.TextArea
              aria-label="Nội dung cần bổ sung"
              rows={2}
              value={missing}
              onChange={(e) => setMissing(e.target.value)}
            />
          </Form.Item>
          <Button
            onClick={() =>
              step.mutate(() =>
                api.POST('/nominations/{id}/appraisal', {
                  ...path(n),
                  body: { outcome: 'return', missing: missing.split('\n').filter((m) => m.trim()) },
                }),
              )
            }
          >
            Trả hồ sơ để bổ sung
          </Button>
          <Form.Item label="Lý do không đề nghị" style={{ marginTop: 12 }}>
            <Input.TextArea
              aria-label="Lý do không đề nghị"
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form.Item>
          <Button
            danger
            onClick={() =>
              step.mutate(() =>
                api.POST('/nominations/{id}/appraisal', { ...path(n), body: { outcome: 'reject', reason } }),
              )
            }
          >
            Không đề nghị khen thưởng
          </Button>
        </Form>
      </Space>
    </Card>
  );
}

function Vote({ n }: { n: Nomination }) {
  const { me } = useSession();
  const step = useStep(n, 'Đã ghi phiếu của bạn');
  const voted = n.voted.includes(me!.username);
  const [written, setWritten] = useState(false);
  const cast = (choice: 'yes' | 'no' | 'abstain') =>
    step.mutate(() => api.POST('/nominations/{id}/votes', { ...path(n), body: { choice, written } }));
  return (
    <Card title={voted ? 'Bạn đã bỏ phiếu (có thể đổi ý kiến)' : 'Bỏ phiếu'} size="small">
      {step.error && (
        <Alert type="error" showIcon message={step.error.message} role="alert" style={{ marginBottom: 12 }} />
      )}
      <Space wrap>
        <Button type="primary" loading={step.isPending} onClick={() => cast('yes')}>
          Đồng ý
        </Button>
        <Button onClick={() => cast('no')}>Không đồng ý</Button>
        <Button onClick={() => cast('abstain')}>Không biểu quyết</Button>
        <Checkbox checked={written} onChange={(e) => setWritten(e.target.checked)}>
          Vắng mặt, gửi ý kiến bằng văn bản
        </Checkbox>
      </Space>
    </Card>
  );
}

/** One step that is a single decision: a card with its button. */
function StepCard(props: {
  n: Nomination;
  title: string;
  button: string;
  done: string;
  send: () => Promise<{ data?: Nomination }>;
}) {
  const step = useStep(props.n, props.done);
  return (
    <Card title={props.title} size="small">
      {step.error && (
        <Alert type="error" showIcon message={step.error.message} role="alert" style={{ marginBottom: 12 }} />
      )}
      <Button type="primary" loading={step.isPending} onClick={() => step.mutate(props.send)}>
        {props.button}
      </Button>
    </Card>
  );
}

const CloseVote = ({ n }: { n: Nomination }) => (
  <StepCard
    n={n}
    title="Chủ tịch Hội đồng"
    button="Kết thúc bỏ phiếu"
    done="Đã kết thúc bỏ phiếu"
    send={() => api.POST('/nominations/{id}/vote/close', path(n))}
  />
);

const Sign = ({ n }: { n: Nomination }) => (
  <StepCard
    n={n}
    title="Quyết định khen thưởng"
    button="Ký quyết định"
    done="Đã ký quyết định khen thưởng"
    send={() => api.POST('/nominations/{id}/decision', path(n))}
  />
);

function Certificate({ n }: { n: Nomination }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Card title={`Quyết định số ${n.decisionNumber} ngày ${formatDate(n.updatedAt)}`} size="small">
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        onClick={async () => {
          setBusy(true);
          await download(`/nominations/${n.id}/certificate`, 'khen-thuong.docx').catch((e: Error) =>
            message.error(e.message),
          );
          setBusy(false);
        }}
      >
        Tải giấy khen (DOCX)
      </Button>
    </Card>
  );
}

interface Objection {
  id: string;
  text: string;
  by: string;
  at: string;
  outcome?: 'dismissed' | 'upheld';
  reason?: string;
}

/** Objections raised while the nomination is posted, read from its steps, with how each was resolved. */
function objectionsOf(n: Nomination): Objection[] {
  const raised = n.steps
    .filter((s) => s.type === 'ObjectionRaised')
    .map((s) => ({ id: String(s.data.objectionId), text: String(s.data.text), by: s.by, at: s.at }));
  return raised.map((o) => {
    const resolved = n.steps.find((s) => s.type === 'ObjectionResolved' && s.data.objectionId === o.id);
    return resolved
      ? { ...o, outcome: resolved.data.outcome as Objection['outcome'], reason: String(resolved.data.reason) }
      : o;
  });
}

const OUTCOMES = { dismissed: 'Không có cơ sở (bác)', upheld: 'Có cơ sở (chấp nhận)' } as const;

function Objections({ n, open }: { n: Nomination; open: boolean }) {
  const { me } = useSession();
  const raise = useStep(n, 'Đã gửi ý kiến phản ánh');
  const resolve = useStep(n, 'Đã ghi kết quả xử lý phản ánh');
  const [text, setText] = useState('');
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const standing = me?.role === 'standing' || me?.role === 'admin';
  const settle = (o: Objection, outcome: keyof typeof OUTCOMES) =>
    resolve.mutate(() =>
      api.POST('/nominations/{id}/objections/{objectionId}/resolution', {
        params: { path: { id: n.id, objectionId: o.id } },
        body: { outcome, reason: reasons[o.id] ?? '' },
      }),
    );
  return (
    <Card title="Ý kiến phản ánh trong thời gian công khai" size="small">
      {(raise.error ?? resolve.error) && (
        <Alert
          type="error"
          showIcon
          message={(raise.error ?? resolve.error)!.message}
          role="alert"
          style={{ marginBottom: 12 }}
        />
      )}
      <List<Objection>
        dataSource={objectionsOf(n)}
        locale={{ emptyText: 'Chưa có ý kiến phản ánh' }}
        renderItem={(o) => (
          <List.Item>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text>{o.text}</Typography.Text>
              <Typography.Text type="secondary">
                {o.by} · {formatDate(o.at)}
              </Typography.Text>
              {o.outcome ? (
                <Tag color={o.outcome === 'upheld' ? 'red' : 'green'}>
                  {OUTCOMES[o.outcome]}: {o.reason}
                </Tag>
              ) : (
                standing && (
                  <Space wrap>
                    <Input
                      aria-label="Kết quả xác minh"
                      placeholder="Kết quả xác minh"
                      value={reasons[o.id] ?? ''}
                      onChange={(e) => setReasons({ ...reasons, [o.id]: e.target.value })}
                      style={{ minWidth: 260 }}
                    />
                    <Button onClick={() => settle(o, 'dismissed')} loading={resolve.isPending}>
                      Bác phản ánh
                    </Button>
                    <Button danger onClick={() => settle(o, 'upheld')} loading={resolve.isPending}>
                      Chấp nhận phản ánh
                    </Button>
                  </Space>
                )
              )}
            </Space>
          </List.Item>
        )}
      />
      {open && (
        <Space.Compact style={{ width: '100%', marginTop: 12 }}>
          <Input
            aria-label="Nội dung phản ánh"
            placeholder="Nội dung phản ánh"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button
            loading={raise.isPending}
            onClick={() =>
              raise.mutate(() => api.POST('/nominations/{id}/objections', { ...path(n), body: { text } }))
            }
          >
            Gửi phản ánh
          </Button>
        </Space.Compact>
      )}
    </Card>
  );
}
