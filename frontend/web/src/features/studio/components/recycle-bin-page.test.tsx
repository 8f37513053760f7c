import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql, ok } from '@/testing/graphql-mock';
import { renderWithProviders } from '@/testing/render';
import { studioResource } from '../testing/studio-fixtures';
import { RecycleBinPage } from './recycle-bin-page';

const teacher = fakeMe();
const orgadmin = fakeMe({
  id: '4',
  username: 'orgadmin',
  isAdministrator: true,
  roles: [{ role: 'ORGANISATION_ADMIN', label: '机构管理员', organisation: { id: '1', name: '华东机电职业技术学院' } }],
});

function serve(me = teacher) {
  return mockGraphql({
    Me: () => ({ me }),
    MyResources: ({ deleted }) => ({
      myResources: deleted
        ? { total: 1, items: [studioResource({ id: '105', title: '旧的工艺卡', status: 'DELETED', deletedAt: '2026-03-06T09:00:00+08:00' })] }
        : { total: 0, items: [] },
    }),
    ResourcesRestore: ({ ids }) => ({ resourcesRestore: { ...ok(), results: (ids as string[]).map((id) => ({ id, ok: true, code: '', message: '' })) } }),
    ResourcesPurge: ({ ids }) => ({
      resourcesPurge: {
        ...ok(),
        results: (ids as string[]).map((id) => ({ id, ok: false, code: 'PERMISSION_DENIED', message: '只有管理员可以清空回收站。' })),
      },
    }),
  });
}

describe('RecycleBinPage', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('lists deleted resources and restores one; a teacher is not offered 彻底删除', async () => {
    const { calls } = serve();
    renderWithProviders(<RecycleBinPage me={teacher} />);
    const row = await screen.findByTestId('bin-row');
    expect(row).toHaveTextContent('旧的工艺卡');
    expect(calls.find((call) => call.operation === 'MyResources')?.variables).toMatchObject({ deleted: true });
    expect(screen.queryByTestId('row-purge')).not.toBeInTheDocument();
    expect(screen.queryByTestId('tool-purge')).not.toBeInTheDocument();

    await userEvent.click(within(row).getByTestId('row-restore'));
    await waitFor(() => expect(calls.find((call) => call.operation === 'ResourcesRestore')?.variables).toEqual({ ids: ['105'] }));
    expect(await screen.findByTestId('batch-results-summary')).toHaveTextContent('成功 1 项，未成功 0 项');
  });

  it('offers 彻底删除 to administrators, after confirmation, and shows a refusal translated', async () => {
    const { calls } = serve(orgadmin);
    renderWithProviders(<RecycleBinPage me={orgadmin} />);
    await userEvent.click(within(await screen.findByTestId('bin-row')).getByTestId('row-purge'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('彻底删除后资源及其文件将无法恢复');
    await userEvent.click(within(dialog).getByTestId('confirm-purge'));
    await waitFor(() => expect(calls.find((call) => call.operation === 'ResourcesPurge')?.variables).toEqual({ ids: ['105'] }));
    const line = await screen.findByTestId('batch-result');
    expect(line).toHaveAttribute('data-ok', 'false');
    expect(line).toHaveTextContent('只有管理员可以清空回收站。');
  });
});
