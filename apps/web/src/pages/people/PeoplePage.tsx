import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { formatDate } from '../../format';
import { useSession } from '../../session';
import { useAllUnits, type Unit } from '../units/queries';
import { AddPerson } from './AddPerson';
import { ChangePost } from './ChangePost';
import { GrantRole } from './GrantRole';
import { ImportSheet } from './ImportSheet';
import { OrganisationProfile } from './OrganisationProfile';
import { COUNCIL_POST_OPTIONS, roleLabel } from './roles';

type Person = components['schemas']['PersonReply'];
type Account = components['schemas']['AccountReply'];
type Grant = components['schemas']['GrantView'];

/** The units that work in an organisation: those whose nearest organisation above (or self) it is. */
function unitsOf(units: Unit[], organisation: string): Unit[] {
  const byCode = new Map(units.map((u) => [u.id, u]));
  const home = (u: Unit | undefined): string | undefined =>
    !u ? undefined : u.level !== 'internal' ? u.id : home(byCode.get(u.parentCode ?? ''));
  return units.filter((u) => home(u) === organisation && !u.endedOn);
}

/** For admins: an organisation's people, their accounts and roles; admins of a city serve its communes too. */
export function PeoplePage() {
  const { me } = useSession();
  const units = useAllUnits();
  const organisations = (units.data ?? []).filter((u) => u.level !== 'internal' && !u.endedOn);
  const [chosen, setChosen] = useState<string>();
  const organisation = chosen ?? me?.organisationCode ?? organisations[0]?.id;
  const [adding, setAdding] = useState(false);
  const [granting, setGranting] = useState<string>();
  const [moving, setMoving] = useState<Person['person']>();
  const own = useMemo(
    () => (organisation ? unitsOf(units.data ?? [], organisation) : []),
    [units.data, organisation],
  );
  const people = useQuery({
    queryKey: ['people', organisation],
    enabled: !!organisation,
    queryFn: async () =>
      (await api.GET('/organisations/{code}/people', { params: { path: { code: organisation! } } })).data!,
  });
  const unitName = (code: string | null) =>
    code ? (units.data?.find((u) => u.id === code)?.name ?? code) : '—';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Người dùng và vai trò
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setAdding(true)}
          disabled={!organisation}
        >
          Thêm người dùng
        </Button>
      </Space>
      {organisations.length > 1 && (
        <Select
          aria-label="Cơ quan, tổ chức"
          showSearch
          optionFilterProp="label"
          value={organisation}
          onChange={setChosen}
          style={{ width: 360 }}
          options={organisations.map((o) => ({ value: o.id, label: `${o.name} (${o.kindLabel})` }))}
        />
      )}
      {organisations.find((o) => o.id === organisation) && (
        <OrganisationProfile organisation={organisations.find((o) => o.id === organisation)!} units={own} />
      )}
      {people.error && <Alert type="error" showIcon message={people.error.message} role="alert" />}
      <Table<Person>
        rowKey={(p) => p.person.id}
        size="small"
        loading={people.isPending && !!organisation}
        dataSource={people.data}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: 'Chưa có người dùng nào' }}
        columns={[
          {
            title: 'Họ và tên',
            key: 'name',
            render: (_, p) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{p.person.fullName}</Typography.Text>
                <Typography.Text type="secondary">
                  {[p.person.position, unitName(p.person.unitCode)].filter((x) => x && x !== '—').join(' · ')}
                </Typography.Text>
                {p.person.formerPosts.map((f) => (
                  <Typography.Text key={f.until} type="secondary" style={{ fontSize: 13 }}>
                    Trước {formatDate(f.until)}:{' '}
                    {[f.position, unitName(f.unitCode)].filter((x) => x && x !== '—').join(' · ') || '—'}
                  </Typography.Text>
                ))}
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setMoving(p.person)}>
                  Chuyển công tác
                </Button>
              </Space>
            ),
          },
          {
            title: 'Tài khoản và vai trò',
            key: 'accounts',
            render: (_, p) =>
              p.accounts.length === 0 ? (
                <Typography.Text type="secondary">Chưa có tài khoản</Typography.Text>
              ) : (
                p.accounts.map((a) => (
                  <AccountLine
                    key={a.id}
                    account={a}
                    organisation={organisation!}
                    unitName={unitName}
                    onGrant={() => setGranting(a.id)}
                  />
                ))
              ),
          },
        ]}
      />
      {organisation && <ImportSheet organisation={organisation} />}
      {adding && organisation && (
        <AddPerson organisation={organisation} units={own} onClose={() => setAdding(false)} />
      )}
      {moving && <ChangePost person={moving} units={own} onClose={() => setMoving(undefined)} />}
      {granting && organisation && (
        <GrantRole
          username={granting}
          organisation={organisation}
          units={own}
          onClose={() => setGranting(undefined)}
        />
      )}
    </Space>
  );
}

function AccountLine({
  account,
  organisation,
  unitName,
  onGrant,
}: {
  account: Account;
  organisation: string;
  unitName: (code: string | null) => string;
  onGrant: () => void;
}) {
  const queries = useQueryClient();
  const { message } = App.useApp();
  const [password, setPassword] = useState('');
  const done = (text: string) => {
    void queries.invalidateQueries({ queryKey: ['people', organisation] });
    void message.success(text);
  };
  const path = { params: { path: { username: account.id } } };
  const reset = useMutation({
    mutationFn: async () => api.POST('/accounts/{username}/password-reset', { ...path, body: { password } }),
    onSuccess: () => done(`Đã đặt lại mật khẩu cho ${account.id}`),
    onError: (e) => void message.error(e.message),
  });
  const toggle = useMutation({
    mutationFn: async () =>
      account.active
        ? api.POST('/accounts/{username}/disable', { ...path, body: { reason: 'Khóa bởi quản trị' } })
        : api.POST('/accounts/{username}/enable', path),
    onSuccess: () => done(account.active ? `Đã khóa ${account.id}` : `Đã mở khóa ${account.id}`),
  });
  const revoke = useMutation({
    mutationFn: async (grant: Grant) =>
      api.POST('/grants/{id}/revoke', {
        params: { path: { id: grant.id } },
        body: { reason: 'Thu hồi bởi quản trị' },
      }),
    onSuccess: () => done('Đã thu hồi vai trò'),
  });
  return (
    <Space direction="vertical" size={4} style={{ width: '100%', marginBottom: 8 }}>
      <Space wrap size={4}>
        <Typography.Text code>{account.id}</Typography.Text>
        {!account.active && <Tag color="red">Đã khóa</Tag>}
        {account.mustChangePassword && <Tag color="orange">Chờ đổi mật khẩu</Tag>}
        {account.grants.map((g) => {
          // Revoked (from a day that may be tomorrow in Vietnam's calendar): no longer to act on.
          const ended = !!g.revokedOn;
          const post = COUNCIL_POST_OPTIONS.find((c) => c.value === g.councilPost)?.label;
          const text = [roleLabel(g.role), post, g.unitCode ? unitName(g.unitCode) : undefined]
            .filter(Boolean)
            .join(' – ');
          return (
            <Tag
              key={g.id}
              color={ended ? 'default' : 'blue'}
              closable={!ended}
              closeIcon={<span aria-label={`Thu hồi ${text}`}>×</span>}
              onClose={(e) => {
                e.preventDefault();
                revoke.mutate(g);
              }}
              style={ended ? { textDecoration: 'line-through' } : undefined}
            >
              {text} · từ {formatDate(g.validFrom)}
              {g.revokedOn ? ` · thu hồi ${formatDate(g.revokedOn)}` : ''}
            </Tag>
          );
        })}
      </Space>
      <Space wrap size={4}>
        <Button size="small" onClick={onGrant}>
          Giao vai trò
        </Button>
        <Popconfirm
          title="Mật khẩu mới (người dùng phải đổi khi đăng nhập)"
          description={
            <Input.Password
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-label="Mật khẩu mới"
            />
          }
          okText="Đặt lại"
          cancelText="Hủy"
          onConfirm={() => reset.mutate()}
        >
          <Button size="small">Đặt lại mật khẩu</Button>
        </Popconfirm>
        <Button
          size="small"
          danger={account.active}
          onClick={() => toggle.mutate()}
          loading={toggle.isPending}
        >
          {account.active ? 'Khóa' : 'Mở khóa'}
        </Button>
      </Space>
    </Space>
  );
}
