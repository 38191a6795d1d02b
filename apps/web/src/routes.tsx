import { InitiativesPage } from './pages/InitiativesPage';
import { ConsiderationPage } from './pages/consideration/ConsiderationPage';
import { ConsiderationsPage } from './pages/consideration/ConsiderationsPage';
import { Spin } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { Shell } from './layout/Shell';
import { LoginPage } from './pages/LoginPage';
import { PATHS } from './paths';
import { useSession, type Me } from './session';

// Each screen is its own chunk: the login page loads without the others.
const AuditPage = lazy(() => import('./pages/AuditPage').then((m) => ({ default: m.AuditPage })));
const InboxPage = lazy(() => import('./pages/InboxPage').then((m) => ({ default: m.InboxPage })));
const MyTasksPage = lazy(() => import('./pages/MyTasksPage').then((m) => ({ default: m.MyTasksPage })));
const NominationPage = lazy(() =>
  import('./pages/NominationPage').then((m) => ({ default: m.NominationPage })),
);
const NotFoundPage = lazy(() => import('./pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));
const DecisionsPage = lazy(() => import('./pages/DecisionsPage').then((m) => ({ default: m.DecisionsPage })));
const UnitsPage = lazy(() => import('./pages/units/UnitsPage').then((m) => ({ default: m.UnitsPage })));
const MyReportsPage = lazy(() => import('./pages/MyReportsPage').then((m) => ({ default: m.MyReportsPage })));
const PlanEditorPage = lazy(() =>
  import('./pages/PlanEditorPage').then((m) => ({ default: m.PlanEditorPage })),
);
const ReportRequestPage = lazy(() =>
  import('./pages/ReportRequestPage').then((m) => ({ default: m.ReportRequestPage })),
);
const ReviewPage = lazy(() => import('./pages/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const RuleSetsPage = lazy(() => import('./pages/RuleSetsPage').then((m) => ({ default: m.RuleSetsPage })));
const ChangePasswordPage = lazy(() =>
  import('./pages/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);
const PeoplePage = lazy(() => import('./pages/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const PlanPage = lazy(() => import('./pages/PlanPage').then((m) => ({ default: m.PlanPage })));
const PlansPage = lazy(() => import('./pages/PlansPage').then((m) => ({ default: m.PlansPage })));
const TaskPage = lazy(() => import('./pages/TaskPage').then((m) => ({ default: m.TaskPage })));
const RecordsPage = lazy(() => import('./pages/RecordsPage').then((m) => ({ default: m.RecordsPage })));
const DocumentPage = lazy(() => import('./pages/plan/Documents').then((m) => ({ default: m.DocumentPage })));

/** Where each role starts: a unit's member at their tasks, an auditor at the audit, everyone else at the plans. */
export const homeOf = (me: Me): string =>
  me.role === 'unit' ? PATHS.myTasks : me.role === 'auditor' ? PATHS.audit : PATHS.plans;

/** Pages behind the login: a visitor without a session is sent to log in, then back. */
function SignedIn({ children }: { children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Spin fullscreen tip="Đang tải…" />;
  if (!me) return <Navigate to={PATHS.login} replace state={{ from: location.pathname }} />;
  if (me.mustChangePassword)
    return (
      <Suspense fallback={<Spin fullscreen tip="Đang tải…" />}>
        <ChangePasswordPage />
      </Suspense>
    );
  return (
    <Shell>
      <Suspense fallback={<Spin tip="Đang tải…" />}>{children}</Suspense>
    </Shell>
  );
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
      <Route path={PATHS.newPlan} element={signedIn(<PlanEditorPage />)} />
      <Route path={PATHS.plan(':planId')} element={signedIn(<PlanPage />)} />
      <Route path={PATHS.editPlan(':planId')} element={signedIn(<PlanEditorPage />)} />
      <Route path={PATHS.myReports} element={signedIn(<MyReportsPage />)} />
      <Route path={PATHS.reportRequest(':requestId')} element={signedIn(<ReportRequestPage />)} />
      <Route path={PATHS.document(':documentId')} element={signedIn(<DocumentPage />)} />
      <Route path={PATHS.records} element={signedIn(<RecordsPage />)} />
      <Route path={PATHS.considerations} element={signedIn(<ConsiderationsPage />)} />
      <Route path={PATHS.initiatives} element={signedIn(<InitiativesPage />)} />
      <Route path={PATHS.consideration(':considerationId')} element={signedIn(<ConsiderationPage />)} />
      <Route path={PATHS.review(':reviewId')} element={signedIn(<ReviewPage />)} />
      <Route path={PATHS.ruleSets} element={signedIn(<RuleSetsPage />)} />
      <Route path={PATHS.decisions} element={signedIn(<DecisionsPage />)} />
      <Route path={PATHS.units} element={signedIn(<UnitsPage />)} />
      <Route path={PATHS.people} element={signedIn(<PeoplePage />)} />
      <Route path={PATHS.myTasks} element={signedIn(<MyTasksPage />)} />
      <Route path={PATHS.task(':taskId')} element={signedIn(<TaskPage />)} />
      <Route path={PATHS.audit} element={signedIn(<AuditPage />)} />
      <Route path={PATHS.inbox} element={signedIn(<InboxPage />)} />
      <Route path={PATHS.nomination(':nominationId')} element={signedIn(<NominationPage />)} />
      <Route path="*" element={signedIn(<NotFoundPage />)} />
    </Routes>
  );
}
