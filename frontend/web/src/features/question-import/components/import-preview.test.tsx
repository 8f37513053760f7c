import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MutationFailed } from '@/lib/mutation-result';
import { renderWithProviders } from '@/testing/render';
import { uploadQuestionFile, type ImportItem } from '../api/question-import';
import { ImportPreviewList } from './import-preview';

const item = (changes: Partial<ImportItem>): ImportItem => ({
  location: '第 1 题（第 3 段）',
  questionType: 'SINGLE',
  stem: '<p>尺寸 <span data-latex="\\phi 30"></span> 的公差？</p>',
  options: [
    { key: 'A', html: '0.021', side: null },
    { key: 'B', html: '0.03', side: null },
  ],
  answer: 'A',
  explanation: '',
  score: 2,
  difficulty: 3,
  knowledgePoints: [
    { name: '公差', found: true },
    { name: '未知点', found: false },
  ],
  tags: ['公差'],
  subQuestionCount: 0,
  warnings: ['知识点“未知点”不在本课程中，导入后不关联。'],
  ...changes,
});

describe('ImportPreviewList', () => {
  it('shows each item with its location, formula, options, key, points found or not and warnings', () => {
    renderWithProviders(<ImportPreviewList items={[item({}), item({ location: '第 2 题（第 9 段）', questionType: 'TRUE_FALSE', options: [], answer: 'false', knowledgePoints: [], warnings: [] })]} />);
    const [first, second] = screen.getAllByTestId('import-item');
    expect(first).toHaveTextContent('第 1 题（第 3 段）');
    expect(first.querySelector('.katex')).not.toBeNull();
    expect(within(first).getByTestId('import-item-answer')).toHaveTextContent('A');
    expect(first).toHaveTextContent('未知点 · 课程中没有');
    expect(first).toHaveTextContent('导入后不关联');
    expect(within(second).getByTestId('import-item-answer')).toHaveTextContent('错');
  });
});

describe('uploadQuestionFile', () => {
  afterEach(() => vi.restoreAllMocks());
  const messages = { network: 'network', http: (status: number) => `http ${status}`, unknown: 'unknown' };

  it('answers the upload id; a refusal carries the server’s message; no network is NETWORK', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(new Response(JSON.stringify({ ok: true, importId: '7', errors: [] })));
    await expect(uploadQuestionFile('3', new File(['x'], 'a.docx'), 'zh-CN', messages)).resolves.toBe('7');
    expect(fetchMock.mock.calls[0][0]).toBe('/questions/courses/3/import');
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ ok: false, errors: [{ code: 'TOO_LARGE', message: '文件超过 20 MB。', field: 'file' }] }), { status: 413 }),
    );
    const refusal = uploadQuestionFile('3', new File(['x'], 'a.docx'), 'zh-CN', messages);
    await expect(refusal).rejects.toBeInstanceOf(MutationFailed);
    await expect(refusal).rejects.toThrow('文件超过 20 MB。');
    fetchMock.mockRejectedValueOnce(new TypeError('offline'));
    await expect(uploadQuestionFile('3', new File(['x'], 'a.docx'), 'zh-CN', messages)).rejects.toMatchObject({ code: 'NETWORK', message: 'network' });
  });
});
