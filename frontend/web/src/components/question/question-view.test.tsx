import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '@/lib/i18n';
import { QuestionView } from './question-view';

describe('QuestionView', () => {
  it('puts an input in place of each ____ mark and reports the texts', () => {
    const onChange = vi.fn();
    const { container } = render(
      <QuestionView
        item={{ id: '1', questionType: 'FILL_BLANK', stem: '<p>中国的首都是____，最大的城市是____。</p>', content: { blanks: [{}, {}] } }}
        response={['北京']}
        onChange={onChange}
      />,
    );
    const inputs = screen.getAllByTestId('qv-blank');
    expect(inputs).toHaveLength(2);
    expect(container.querySelectorAll('.zyk-qv__stem [data-blank] input')).toHaveLength(2);
    fireEvent.change(inputs[1], { target: { value: '上海' } });
    expect(onChange).toHaveBeenCalledWith(['北京', '上海']);
  });

  it('shows the right answer, points and explanation only with a result', () => {
    const item = {
      id: '2',
      questionType: 'single',
      stem: '<p>1+1=?</p>',
      score: 2,
      content: { options: [{ key: 'A', text: '1' }, { key: 'B', text: '2' }] },
    };
    const { rerender } = render(<QuestionView item={item} response="A" />);
    expect(screen.queryByTestId('qv-result')).toBeNull();
    rerender(
      <QuestionView
        item={item}
        response="A"
        readOnly
        result={{ points: 0, maxPoints: 2, correct: false, key: { answer: 'B' }, explanation: '<p>一加一等于二</p>' }}
      />,
    );
    expect(screen.getByTestId('qv-result').textContent).toContain('0 / 2');
    expect(screen.getByTestId('qv-right-answer').textContent).toContain('B');
    expect(screen.getByTestId('qv-explanation').textContent).toContain('一加一等于二');
  });

  it('moves ordering rows with the up and down buttons', () => {
    const onChange = vi.fn();
    render(
      <QuestionView
        item={{ id: '3', questionType: 'ordering', stem: '排序', content: { items: [{ key: 'a', text: '甲' }, { key: 'b', text: '乙' }] } }}
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getAllByRole('button', { name: /下移|Move down/ })[0]);
    expect(onChange).toHaveBeenCalledWith(['b', 'a']);
  });

  it('renders a case analysis with its parts and passes each part answer by id', () => {
    const onChange = vi.fn();
    render(
      <QuestionView
        item={{
          id: '4',
          questionType: 'case',
          stem: '<p>案例</p>',
          subQuestions: [
            { id: '5', questionType: 'true_false', stem: '说法一' },
            { id: '6', questionType: 'short_answer', stem: '简述' },
          ],
        }}
        response={{ '5': true }}
        onChange={onChange}
      />,
    );
    fireEvent.change(screen.getByTestId('qv-text'), { target: { value: '答案' } });
    expect(onChange).toHaveBeenCalledWith({ '5': true, '6': '答案' });
  });
  it('takes hand-ins of a practical task only in an attempt, and lists them as links once submitted', () => {
    const item = {
      id: '9',
      questionType: 'PRACTICAL',
      stem: '<p>铣削台阶</p>',
      content: { instructions: '<p>拍照提交</p>', submission: ['photo', 'text'], rubric: [], attachments: [{ name: '图纸.pdf', url: '/questions/attachments/abc.pdf' }, { name: 'bad', url: 'javascript:alert(1)' }] },
    };
    const files = [{ id: 'f1', name: '台阶.png', kind: 'photo', size: 2048 }];
    const { rerender } = render(<QuestionView item={item} response="旧的文字" />);
    // the editor preview: the teacher's attachments, no upload control
    expect(screen.getAllByTestId('qv-attachment').map((a) => a.getAttribute('href'))).toEqual(['/questions/attachments/abc.pdf']);
    expect(screen.queryByTestId('qv-upload-photo')).toBeNull();
    expect(screen.getByTestId('qv-text')).toHaveValue('旧的文字');
    const onChange = vi.fn();
    rerender(<QuestionView item={item} response={{ text: '做完了', files }} attemptId="5" onChange={onChange} />);
    expect(screen.getByTestId('qv-upload-photo')).toBeInTheDocument();
    expect(screen.queryByTestId('qv-upload-video')).toBeNull();
    expect(screen.getByTestId('qv-upload-input-photo')).toHaveAttribute('accept', expect.stringContaining('image/png'));
    fireEvent.change(screen.getByTestId('qv-text'), { target: { value: '做完了！' } });
    expect(onChange).toHaveBeenCalledWith({ text: '做完了！', files });
    rerender(<QuestionView item={item} response={{ text: '做完了', files }} attemptId="5" readOnly result={{ needsGrading: true, maxPoints: 10 }} />);
    expect(screen.queryByTestId('qv-upload-photo')).toBeNull();
    expect(screen.queryByTestId('qv-file-remove')).toBeNull();
    expect(screen.getByTestId('qv-file-link')).toHaveAttribute('href', '/questions/attempts/5/items/9/files/f1');
    expect(screen.getByTestId('qv-result')).toHaveTextContent('待批阅');
  });
});
