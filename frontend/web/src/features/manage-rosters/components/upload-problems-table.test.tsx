import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import i18n from '@/lib/i18n';
import { renderWithProviders } from '@/testing/render';
import { RosterRefused, rosterImportUrl, uploadRoster } from '../api/upload-roster';
import { RosterUpload } from './roster-upload';
import { UploadProblemsTable } from './upload-problems-table';

const messages = { network: 'network', http: (status: number) => `http ${status}`, unknown: 'unknown' };

function answer(status: number, body: unknown) {
  return vi.spyOn(globalThis, 'fetch').mockResolvedValue(
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );
}

const refused = {
  ok: false,
  created: 0,
  updated: 0,
  problems: [
    { line: 3, message: '姓名为空。' },
    { line: 5, message: '学号 2023-001 出现在多行：4, 5。' },
    { line: null, message: '缺少必填列：学号/工号。' },
  ],
  errors: [{ code: 'INVALID_INPUT', message: '名单有问题。', field: 'file' }],
};

describe('UploadProblemsTable', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('lists each problem by its spreadsheet line, the whole file last', () => {
    renderWithProviders(<UploadProblemsTable problems={refused.problems} />);
    const table = screen.getByTestId('roster-problems');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '第 3 行姓名为空。',
      '第 5 行学号 2023-001 出现在多行：4, 5。',
      '整个文件缺少必填列：学号/工号。',
    ]);
    expect(within(table).getByRole('columnheader', { name: '行号' })).toBeInTheDocument();
  });

  it('is translated', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<UploadProblemsTable problems={[{ line: 7, message: 'The name is empty.' }]} />);
    expect(screen.getByRole('columnheader', { name: 'Line' })).toBeInTheDocument();
    expect(screen.getByText('Line 7')).toBeInTheDocument();
  });
});

describe('uploadRoster', () => {
  it('posts the file as multipart field "file" with the CSRF token, same-origin', async () => {
    document.cookie = 'csrftoken=tok123';
    const fetch = answer(200, { ok: true, created: 2, updated: 1, problems: [], errors: [] });
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'roster.xlsx');

    const result = await uploadRoster('12', file, { language: 'zh-CN', messages });

    expect(result).toMatchObject({ created: 2, updated: 1 });
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/accounts/rosters/12/import');
    expect(url).toBe(rosterImportUrl('12'));
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['X-CSRFToken']).toBe('tok123');
    expect((init.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('rejects with the problems by line when the roster is refused', async () => {
    answer(400, refused);
    const error = await uploadRoster('12', new File(['x'], 'r.xlsx'), { language: 'zh-CN', messages }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterRefused);
    expect((error as RosterRefused).lineProblems).toHaveLength(3);
    expect((error as RosterRefused).code).toBe('INVALID_INPUT');
  });

  it('reports an answer that is not the view’s JSON as an HTTP failure', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('<html>', { status: 502 }));
    await expect(uploadRoster('12', new File(['x'], 'r.xlsx'), { language: 'zh-CN', messages })).rejects.toMatchObject({ code: 'HTTP' });
  });
});

describe('RosterUpload', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('shows the problems of a refused upload in a table', async () => {
    answer(400, refused);
    renderWithProviders(<RosterUpload organisationId="12" />);
    const input = screen.getByTestId('roster-upload').querySelector('input[type=file]') as HTMLInputElement;

    await userEvent.upload(input, new File(['x'], 'roster.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));

    const alert = await screen.findByTestId('roster-upload-error');
    expect(alert).toHaveTextContent('花名册未导入：发现 3 处问题');
    expect(within(screen.getByTestId('roster-problems')).getAllByRole('row')).toHaveLength(4);
  });

  it('reports what was imported', async () => {
    answer(200, { ok: true, created: 3, updated: 0, problems: [], errors: [] });
    renderWithProviders(<RosterUpload organisationId="12" />);
    const input = screen.getByTestId('roster-upload').querySelector('input[type=file]') as HTMLInputElement;

    await userEvent.upload(input, new File(['x'], 'roster.xlsx'));

    expect(await screen.findByTestId('roster-upload-success')).toHaveTextContent('导入完成：新增 3 条，更新 0 条。');
  });

  it('links the template', () => {
    renderWithProviders(<RosterUpload organisationId="12" />);
    expect(screen.getByRole('link', { name: /下载花名册模板/ })).toHaveAttribute('href', '/accounts/roster-template.xlsx');
  });
});
