import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Shell } from './layout/Shell';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PlansPage } from './pages/PlansPage';
import { PATHS } from './paths';
import { useSession } from './session';

/** Pages behind the login: a visitor without a session is sent to log in, then back. */
function SignedIn({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Spin fullscreen tip="Đang tải…" />;
  if (!me) return <Navigate to={PATHS.login} replace state={{ from: location.pathname }} />;
  return <Shell>{children}</Shell>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route path={PATHS.login} element={<LoginPage />} />
      <Route path={PATHS.home} element={<Navigate to={PATHS.plans} replace />} />
      <Route
        path={PATHS.plans}
        element={
          <SignedIn>
            <PlansPage />
          </SignedIn>
        }
      />
      <Route
        path="*"
        element={
          <SignedIn>
            <NotFoundPage />
          </SignedIn>
        }
      />
    </Routes>
  );
}
