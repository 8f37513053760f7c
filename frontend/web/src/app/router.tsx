import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/layout/app-layout';
import { ManageLayout } from '@/components/manage/manage-layout';
import { AccountRoute } from './routes/account';
import { CourseRoute } from './routes/course';
import { CourseBuildRoute } from './routes/course-build';
import { CoursePortalEditRoute } from './routes/course-portal';
import { CoursesRoute } from './routes/courses';
import { ForgotPasswordRoute } from './routes/forgot-password';
import { LoginRoute } from './routes/login';
import { MajorRoute } from './routes/major';
import {
  InvitationAcceptRoute,
  ManageAuditRoute,
  ManageOrganisationsRoute,
  ManageRolesRoute,
  ManageRostersRoute,
  ManageUsersRoute,
} from './routes/manage';
import { NotFoundRoute } from './routes/not-found';
import { QuestionImportRoute } from './routes/question-import';
import { QuestionBankRoute, QuestionEditRoute } from './routes/question-bank';
import { QuestionCoverageRoute } from './routes/question-coverage';
import { RegisterRoute } from './routes/register';
import { CoursePapersRoute, SelfTestRoute } from './routes/self-test';
import { LibraryRoute, ResourceRoute } from './routes/resources';
import {
  BatchReportRoute,
  MyResourcesRoute,
  RecycleBinRoute,
  ResourceEditRoute,
  ReviewRoute,
  UploadRoute,
} from './routes/studio';
import { TwoFactorRoute } from './routes/two-factor';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <MajorRoute /> },
      { path: 'majors/:code', element: <MajorRoute /> },
      { path: 'courses', element: <CoursesRoute /> },
      { path: 'courses/:id', element: <CourseRoute /> },
      { path: 'courses/:id/build', element: <CourseBuildRoute /> },
      { path: 'courses/:id/portal', element: <CoursePortalEditRoute /> },
      { path: 'courses/:id/questions/import', element: <QuestionImportRoute /> },
      { path: 'courses/:id/papers', element: <CoursePapersRoute /> },
      { path: 'courses/:id/questions', element: <QuestionBankRoute /> },
      { path: 'courses/:id/questions/new', element: <QuestionEditRoute /> },
      { path: 'courses/:id/questions/coverage', element: <QuestionCoverageRoute /> },
      { path: 'courses/:id/questions/:questionId', element: <QuestionEditRoute /> },
      { path: 'resources', element: <LibraryRoute /> },
      { path: 'resources/:id', element: <ResourceRoute /> },
      { path: 'my/resources', element: <MyResourcesRoute /> },
      { path: 'my/resources/upload', element: <UploadRoute /> },
      { path: 'my/resources/recycle-bin', element: <RecycleBinRoute /> },
      { path: 'my/resources/:id/edit', element: <ResourceEditRoute /> },
      { path: 'my/resources/batches/:id', element: <BatchReportRoute /> },
      { path: 'review', element: <ReviewRoute /> },
      { path: 'self-tests/:paperId', element: <SelfTestRoute /> },
      { path: 'login', element: <LoginRoute /> },
      { path: 'register', element: <RegisterRoute /> },
      { path: 'forgot-password', element: <ForgotPasswordRoute /> },
      { path: 'two-factor', element: <TwoFactorRoute /> },
      { path: 'me/:tab?', element: <AccountRoute /> },
      {
        path: 'manage',
        element: <ManageLayout />,
        children: [
          { path: 'organisations', element: <ManageOrganisationsRoute /> },
          { path: 'rosters', element: <ManageRostersRoute /> },
          { path: 'roles', element: <ManageRolesRoute /> },
          { path: 'users', element: <ManageUsersRoute /> },
          { path: 'audit', element: <ManageAuditRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
      { path: 'invitations/accept', element: <InvitationAcceptRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export const createAppRouter = () => createBrowserRouter(routes);

/** For tests: the same routes in memory, starting at `path`. */
export const createTestRouter = (path: string) => createMemoryRouter(routes, { initialEntries: [path] });
