import { BellOutlined, LogoutOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Layout, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { api } from '../api/client';
import { PATHS } from '../paths';
import { useSession } from '../session';

/** Every signed-in page: who is working (person, role, unit), what awaits them, and a way out. */
export function Shell({ children }: { children: ReactNode }) {
  const { me, signOut } = useSession();
  const inbox = useQuery({
    queryKey: ['inbox'],
    queryFn: async () => (await api.GET('/me/inbox')).data!,
    refetchInterval: 60_000,
  });
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="header">
        <nav className="nav" aria-label="Điều hướng chính">
          <Link to={PATHS.home} className="brand">
            ThiDua
          </Link>
          {me?.unitCode && <NavLink to={PATHS.myTasks}>Nhiệm vụ của tôi</NavLink>}
          {me?.unitCode && <NavLink to={PATHS.myReports}>Báo cáo</NavLink>}
          {me?.role !== 'unit' && <NavLink to={PATHS.plans}>Kế hoạch</NavLink>}
          {(me?.role === 'auditor' || me?.role === 'admin') && <NavLink to={PATHS.audit}>Kiểm toán</NavLink>}
          {(me?.role === 'chairman' || me?.role === 'standing') && (
            <NavLink to={PATHS.decisions}>Quyết định khen thưởng</NavLink>
          )}
          {['owner', 'standing', 'admin'].includes(me?.role ?? '') && (
            <NavLink to={PATHS.units}>Đơn vị</NavLink>
          )}
          {['standing', 'admin', 'council', 'chairman'].includes(me?.role ?? '') && (
            <NavLink to={PATHS.records}>Hồ sơ thi đua</NavLink>
          )}
          {['unit', 'standing', 'admin', 'council', 'chairman'].includes(me?.role ?? '') && (
            <NavLink to={PATHS.considerations}>Bình xét cuối năm</NavLink>
          )}
          {['unit', 'standing', 'admin', 'council', 'chairman'].includes(me?.role ?? '') && (
            <NavLink to={PATHS.initiatives}>Sáng kiến</NavLink>
          )}
          {me?.role === 'admin' && <NavLink to={PATHS.people}>Người dùng</NavLink>}
          {me?.role === 'admin' && <NavLink to={PATHS.ruleSets}>Quy tắc khen thưởng</NavLink>}
        </nav>
        <Space size="middle" wrap className="who">
          <Link to={PATHS.inbox} aria-label={`Việc đang chờ: ${inbox.data?.length ?? 0}`}>
            <Badge count={inbox.data?.length ?? 0} size="small">
              <BellOutlined style={{ fontSize: 18, color: '#fff' }} />
            </Badge>
          </Link>
          <span className="person" data-testid="person">
            <Typography.Text strong style={{ color: '#fff' }}>
              {me?.displayName}
            </Typography.Text>
            <Typography.Text style={{ color: '#ffd8d8' }}>
              {' '}
              · {me?.roleLabel}
              {me?.unitName && me.unitName !== me.displayName ? ` · ${me.unitName}` : ''}
              {me?.organisationName &&
              !me.displayName.toLowerCase().includes(me.organisationName.toLowerCase())
                ? ` · ${me.organisationName}`
                : ''}
            </Typography.Text>
          </span>
          <Button icon={<LogoutOutlined />} onClick={signOut}>
            Đăng xuất
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content className="content">{children}</Layout.Content>
    </Layout>
  );
}
