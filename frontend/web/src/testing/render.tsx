import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createTestRouter } from '@/app/router';
import '@/lib/i18n';

function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

/** Renders the whole app (layout, routes) in memory at `path`. */
export function renderApp(path: string) {
  return render(
    <AppProvider queryClient={testQueryClient()}>
      <RouterProvider router={createTestRouter(path)} />
    </AppProvider>,
  );
}

/** Renders one component inside the providers and a router (so <Link> works); returns the router too. */
export function renderWithProviders(ui: ReactElement, path = '/') {
  const router = createMemoryRouter(
    [
      { path: '/', element: ui },
      { path: '/courses/:id', element: <p data-testid="course-route">course</p> },
    ],
    { initialEntries: [path] },
  );
  const result = render(
    <AppProvider queryClient={testQueryClient()}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router };
}
