import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import i18n from '@/lib/i18n';
import { fakeMe, mockGraphql, ok } from '@/testing/graphql-mock';
import { renderApp } from '@/testing/render';
import { batchItem, formOptions, studioResource } from '../testing/studio-fixtures';

// tus-js-client is replaced at the module boundary: every Upload is recorded, and start() "sends"
// the whole file at once and answers the URL the server would have given.
const tus = vi.hoisted(() => ({ created: [] as { file: File; options: Record<string, unknown> }[] }));
vi.mock('tus-js-client', () => ({
  Upload: class {
    url: string | null = null;
    file: File;
    options: {
      onProgress?: (sent: number, total: number) => void;
      onSuccess?: (payload: object) => void;
      metadata?: Record<string, string>;
    };
    constructor(file: File, options: Record<string, unknown>) {
      this.file = file;
      this.options = options;
      tus.created.push({ file, options });
    }
    findPreviousUploads() {
      return Promise.resolve([]);
    }
    resumeFromPreviousUpload() {}
    start() {
      this.url = `/uploads/u-${tus.created.length}`;
      this.options.onProgress?.(this.file.size, this.file.size);
      this.options.onSuccess?.({});
    }
    abort() {
      return Promise.resolve();
    }
  },
}));

const teacher = fakeMe({ id: '8', displayName: '张海涛' });

function serve(options = formOptions(), extra: Record<string, (variables: Record<string, unknown>) => unknown> = {}) {
  return mockGraphql({
    Me: () => ({ me: teacher }),
    ReviewQueueCount: () => ({ reviewQueue: { total: 0 } }),
    ResourceFormOptions: () => ({ resourceFormOptions: options }),
    ...extra,
  });
}

describe('UploadPage', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    tus.created.length = 0;
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('refuses a file over the size limit with a clear message, and sends nothing', async () => {
    serve(formOptions({ maxUploadBytes: 1000 }));
    renderApp('/my/resources/upload');
    const input = await screen.findByTestId('single-picker-files');

    await userEvent.upload(input, new File([new Uint8Array(2048)], '车削演示.mp4', { type: 'video/mp4' }));

    const row = await screen.findByTestId('upload-row');
    expect(row).toHaveAttribute('data-status', 'refused');
    expect(within(row).getByTestId('upload-error')).toHaveTextContent('“车削演示.mp4”有 2.0 KB，超过了 1000 B 的上限，未上传。');
    expect(tus.created).toHaveLength(0);
  });

  it('uploads a file under the limit resumably, with its name in the tus metadata', async () => {
    serve();
    renderApp('/my/resources/upload');
    await userEvent.upload(await screen.findByTestId('single-picker-files'), new File(['png'], '阶梯轴.png', { type: 'image/png' }));

    await waitFor(() => expect(screen.getByTestId('upload-row')).toHaveAttribute('data-status', 'done'));
    expect(screen.getByTestId('upload-row')).toHaveAttribute('data-percent', '100');
    expect(tus.created).toHaveLength(1);
    expect(tus.created[0].options).toMatchObject({
      endpoint: '/uploads/',
      chunkSize: 5 * 1024 * 1024,
      metadata: { filename: '阶梯轴.png', relativePath: '阶梯轴.png' },
      storeFingerprintForResuming: true,
    });
  });

  it('links the resource that already holds a duplicate file, and 仍然上传 sends the file again with allowDuplicate', async () => {
    const { calls } = serve(formOptions(), {
      ResourceCreate: ({ allowDuplicate }) =>
        allowDuplicate
          ? { resourceCreate: { ...ok(), resource: studioResource({ id: '120', title: '阶梯轴（第二份）' }), duplicateOf: null } }
          : {
              resourceCreate: {
                ok: false,
                errors: [{ code: 'DUPLICATE', message: '资源库中已有相同内容的资源。', field: 'upload_id' }],
                resource: null,
                duplicateOf: { id: '77', title: '已有的阶梯轴图片' },
              },
            },
    });
    renderApp('/my/resources/upload');
    await userEvent.upload(await screen.findByTestId('single-picker-files'), new File(['png'], '阶梯轴.png', { type: 'image/png' }));
    await waitFor(() => expect(screen.getByTestId('upload-row')).toHaveAttribute('data-status', 'done'));

    await userEvent.click(screen.getByTestId('single-save'));

    const alert = await screen.findByTestId('duplicate-alert');
    expect(within(alert).getByTestId('duplicate-link')).toHaveAttribute('href', '/resources/77');
    expect(within(alert).getByTestId('duplicate-link')).toHaveTextContent('已有的阶梯轴图片');
    // The refused create consumed the upload: the file is already being sent again.
    await waitFor(() => expect(tus.created).toHaveLength(2));
    await userEvent.click(within(alert).getByTestId('upload-anyway'));

    expect(await screen.findByTestId('created-resource')).toHaveTextContent('阶梯轴（第二份）');
    const creates = calls.filter((call) => call.operation === 'ResourceCreate');
    expect(creates.map((call) => [call.variables.uploadId, call.variables.allowDuplicate])).toEqual([
      ['u-1', false],
      ['u-2', true],
    ]);
    expect(creates[0].variables.input).toMatchObject({ organisationId: '1', majorId: '3' });
  });

  it('sends the batch attributes, entered once, as the defaults of resourceBatchPrepare and opens the report', async () => {
    const { calls } = serve(formOptions(), {
      ResourceBatchPrepare: () => ({
        resourceBatchPrepare: { ...ok(), batch: { id: '9', status: 'PREPARED', createdAt: '2026-03-05T14:03:00+08:00', items: [batchItem()] } },
      }),
      ResourceBatch: () => ({ resourceBatch: { id: '9', status: 'PREPARED', createdAt: '2026-03-05T14:03:00+08:00', items: [batchItem()] } }),
    });
    renderApp('/my/resources/upload?mode=batch');
    await screen.findByTestId('batch-upload-form');

    // The course, and a keyword, for every file of the batch.
    fireEvent.mouseDown(within(screen.getByTestId('field-course')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('数控车削加工技术'));
    const keywords = within(screen.getByTestId('field-keywords')).getByRole('combobox');
    fireEvent.change(keywords, { target: { value: '阶梯轴' } });
    fireEvent.keyDown(keywords, { key: 'Enter', code: 'Enter', keyCode: 13 });

    const folderFile = new File(['png'], 'a.png', { type: 'image/png' });
    Object.defineProperty(folderFile, 'webkitRelativePath', { value: '数控车削加工技术/轴类零件加工/a.png' });
    await userEvent.upload(screen.getByTestId('batch-picker-folder'), folderFile);
    await waitFor(() => expect(screen.getByTestId('batch-prepare')).toBeEnabled());
    await userEvent.click(screen.getByTestId('batch-prepare'));

    expect(await screen.findByTestId('batch-report-page')).toBeInTheDocument();
    const prepare = calls.find((call) => call.operation === 'ResourceBatchPrepare');
    expect(prepare?.variables).toEqual({
      uploads: [{ uploadId: 'u-1', relativePath: '数控车削加工技术/轴类零件加工/a.png' }],
      defaults: {
        organisationId: '1',
        majorId: '3',
        courseId: '11',
        keywords: ['阶梯轴'],
        source: 'ORIGINAL',
        licence: 'ALL_RIGHTS_RESERVED',
        audienceLevel: 'HIGHER',
        visibility: 'PUBLIC',
        downloadRequiresLogin: true,
        authors: [{ name: '张海涛', organisationName: '华东机电职业技术学院' }],
      },
    });
    expect(tus.created[0].options).toMatchObject({ metadata: { filename: 'a.png', relativePath: '数控车削加工技术/轴类零件加工/a.png' } });
  });
});
