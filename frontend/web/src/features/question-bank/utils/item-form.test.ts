import { describeContentError, letter, newDraft, toInput, withType } from './item-form';

describe('item form', () => {
  it('sends a case analysis with its parts and only the answer key of each type', () => {
    const single = { ...newDraft('SINGLE'), stem: '<p>q</p>', content: { options: [{ key: 'A', text: 'x' }, { key: 'B', text: 'y' }], answer: 'B', blanks: [] } };
    const input = toInput({ ...newDraft('CASE'), stem: '<p>case</p>', subQuestions: [single, { ...newDraft('SHORT_ANSWER'), stem: '<p>why</p>' }] });
    expect(input.questionType).toBe('CASE');
    expect(input.content).toEqual({});
    expect(input.subQuestions?.map((s) => s.questionType)).toEqual(['SINGLE', 'SHORT_ANSWER']);
    expect(input.subQuestions?.[0].content).toEqual({ options: single.content.options, answer: 'B' });
    expect(input.moduleId).toBe('');
  });

  it('keeps the options and the marked ones when switching between single and multiple choice', () => {
    const single = { ...newDraft('SINGLE'), content: { options: [{ key: 'A', text: 'x' }, { key: 'B', text: 'y' }], answer: 'B' } };
    const multiple = withType(single, 'MULTIPLE');
    expect(multiple.content).toEqual({ options: single.content.options, answer: ['B'], partial: 'half' });
    expect(withType(multiple, 'SINGLE').content.answer).toBe('B');
    expect(withType(single, 'FILL_BLANK').content.blanks).toHaveLength(1);
  });

  it('says which part of the answer key the server refused in words', () => {
    const label = (name: string, index: number | null) => (index === null ? name.toUpperCase() : `${name}#${letter(index)}`);
    expect(describeContentError('options[2].text: Text is missing.', label)).toBe('options#C：Text is missing.');
    expect(describeContentError('Sub-question 2: answer: Mark one.', label)).toBe('Sub-question 2: ANSWER：Mark one.');
    expect(describeContentError('Write the question (the stem).', label)).toBe('Write the question (the stem).');
  });
});
