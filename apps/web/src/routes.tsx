import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Shell } from './layout/Shell';
import { LoginPage } from './pages/LoginPage';
import { AuditPage } from './pages/AuditPage';
import { InboxPage } from './pages/InboxPage';
import { MyTasksPage } from './pages/MyTasksPage';
import { NominationPage } from './pages/NominationPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PlanPage } from './pages/PlanPage';
import { PlansPage } from './pages/PlansPage';
import { TaskPage } from './pages/TaskPage';
import { PATHS } from './paths';
import { useSession, type Me } from './session';

/** Where each role starts: a unit's member at their tasks, an auditor at the audit, everyone else at the plans. */
export const homeOf = (me: Me): string =>
  me.role === 'unit' ? PATHS.myTasks : me.role === 'auditor' ? PATHS.audit : PATHS.plans;

/** Pages behind the login: a visitor without a session is sent to log in, then back. */
function SignedIn({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Spin fullscreen tip="Đang tải…" />;
  if (!me) return <Navigate to={PATHS.login} replace state={{ from: location.pathname }} />;
  return <Shell>{children}</Shell>;
}

function Home() {
  const { me } = useSession();
  return <Navigate to={me ? homeOf(me) : PATHS.login} replace />;
}

const signedIn = (page: ReactNode) => <SignedIn>{page}</SignedIn>;

export function AppRoutes() {
  return (
    <Routes>
      <Route path={PATHS.login} element={<LoginPage />} />
      <Route path={PATHS.home} element={signedIn(<Home />)} />
      <Route path={PATHS.plans} element={signedIn(<PlansPage />)} />
      <Route path={PATHS.plan(':planId')} element={signedIn(<PlanPage />)} />
      <Route path={PATHS.myTasks} element={signedIn(<MyTasksPage />)} />
      <Route path={PATHS.task(':taskId')} element={signedIn(<TaskPage />)} />
      <Route path={PATHS.audit} element={signedIn(<AuditPage />)} />
      <Route path={PATHS.inbox} element={signedIn(<InboxPage />)} />
      <Route path={PATHS.nomination(':nominationId')} element={signedIn(<NominationPage />)} />
      <Route path="*" element={signedIn(<NotFoundPage />)} />
    </Routes>
  );
}
