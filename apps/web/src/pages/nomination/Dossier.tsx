import { CheckCircleTwoTone, DownloadOutlined, SendOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, List, Select, Space, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, tokenStore } from '../../api/client';
import { useVocabulary } from '../../api/vocabulary';
import type { components } from '../../api/schema';
import { download } from '../../download';
import { formatNumber } from '../../format';
import { useSession } from '../../session';

type Nomination = components['schemas']['NominationReply'];

const EDITABLE = ['draft', 'returned'];

/**
 * The dossier: its documents to download and, while it is being made or was returned, the
 * upload of each document the form requires and the sending to the standing agency.
 */
export function Dossier({ n }: { n: Nomination }) {
  const { me } = useSession();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [kind, setKind] = useState<string>();
  const vocabulary = useVocabulary();
  const submit = useMutation({
    mutationFn: async () =>
      (await api.POST('/nominations/{id}/submit', { params: { path: { id: n.id } } })).data!,
    onSuccess: (updated) => {
      queries.setQueryData(['nomination', n.id], updated);
      void message.success('Đã gửi hồ sơ tới cơ quan thường trực');
    },
  });
  const mayEdit =
    EDITABLE.includes(n.status) &&
    me?.role !== 'council' &&
    me?.role !== 'chairman' &&
    me?.role !== 'auditor';
  const held = new Set(n.documents.map((d) => d.kind));
  const returned = [...n.steps].reverse().find((s) => s.type === 'NominationReturned');
  return (
    <Card title="Hồ sơ" size="small">
      {n.status === 'returned' && returned && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message="Hồ sơ bị trả lại để bổ sung"
          description={
            (returned.data.missing as string[] | undefined)?.join('; ') || String(returned.data.reason ?? '')
          }
        />
      )}
      {mayEdit && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Typography.Text>Cần có:</Typography.Text>
          {n.requiredDocuments.map((d) => (
            <Tag
              key={d.kind}
              icon={held.has(d.kind) ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : undefined}
            >
              {d.label}
            </Tag>
          ))}
        </Space>
      )}
      <List
        dataSource={n.documents}
        locale={{ emptyText: 'Chưa có tài liệu' }}
        renderItem={(d) => (
          <List.Item
            actions={[
              <Button
                key="get"
                type="link"
                icon={<DownloadOutlined />}
                aria-label={`Tải ${d.fileName}`}
                onClick={() =>
                  download(`/nominations/${n.id}/documents/${d.documentId}/content`, d.fileName).catch(
                    (e: Error) => message.error(e.message),
                  )
                }
              >
                Tải về
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={d.kindLabel}
              description={`${d.fileName} · ${formatNumber(Math.ceil(d.size / 1024))} KB`}
            />
          </List.Item>
        )}
      />
      {mayEdit && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
          {submit.error && <Alert type="error" showIcon message={submit.error.message} role="alert" />}
          <Space wrap>
            <Select
              aria-label="Loại tài liệu"
              placeholder="Loại tài liệu"
              style={{ minWidth: 300 }}
              value={kind}
              onChange={setKind}
              options={vocabulary.data?.dossierKinds}
            />
            {/* The browser's own upload shows its progress; the API checks type and size. */}
            <Upload
              name="file"
              action={`/nominations/${n.id}/documents`}
              data={{ kind: kind ?? '' }}
              disabled={!kind}
              headers={{ authorization: `Bearer ${tokenStore.get()}` }}
              accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png,.txt"
              showUploadList={{ showRemoveIcon: false }}
              onChange={({ file }) => {
                if (file.status === 'done') {
                  void message.success(`Đã tải lên ${file.name}`);
                  queries.setQueryData(['nomination', n.id], file.response as Nomination);
                }
                if (file.status === 'error')
                  void message.error(
                    (file.response as { message?: string } | undefined)?.message ?? 'Tải lên thất bại',
                  );
              }}
            >
              <Button icon={<UploadOutlined />} disabled={!kind}>
                Tải tài liệu lên
              </Button>
            </Upload>
          </Space>
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={submit.isPending}
            onClick={() => submit.mutate()}
          >
            Gửi hồ sơ tới cơ quan thường trực
          </Button>
        </Space>
      )}
    </Card>
  );
}
