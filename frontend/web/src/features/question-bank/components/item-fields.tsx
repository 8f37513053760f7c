import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, InputNumber, Select, Typography } from 'antd';
import type { QuestionType } from '@zyk/shared';
import { useTranslation } from 'react-i18next';
import { QUESTION_TYPES } from '@/lib/question-types';
import {
  caseScore,
  errorsFor,
  newDraft,
  QUESTION_SOURCES,
  SUB_QUESTION_TYPES,
  withType,
  type ItemDraft,
} from '../utils/item-form';
import { AnswerKeyForm } from './answer-key-form';
import { RichEditor } from './rich-editor';

export interface PointOption {
  id: string;
  name: string;
}

interface Props {
  draft: ItemDraft;
  onChange: (draft: ItemDraft) => void;
  /** The server's refusals for this item, by camelCase field (`stem`, `content`, `subQuestions.0.stem`). */
  errors: Record<string, string>;
  points: PointOption[];
  modules: PointOption[];
  /** A case's part: no case type, module, tags or source of its own. */
  nested?: boolean;
  scope: string;
}

const OPEN_TYPES: QuestionType[] = ['SHORT_ANSWER', 'ESSAY', 'CASE', 'PRACTICAL'];

/** The form of one item (and, for a case analysis, of each of its parts). */
export function ItemFields({ draft, onChange, errors, points, modules, nested = false, scope }: Props) {
  const { t } = useTranslation();
  const set = (changes: Partial<ItemDraft>) => onChange({ ...draft, ...changes });
  const status = (field: string) => (errors[field] ? ('error' as const) : undefined);
  const help = (field: string) => errors[field] ?? undefined;
  const isCase = draft.questionType === 'CASE';
  const types = nested ? SUB_QUESTION_TYPES : QUESTION_TYPES;

  const setSub = (index: number, sub: ItemDraft) => set({ subQuestions: draft.subQuestions.map((s, i) => (i === index ? sub : s)) });

  return (
    <div className="zyk-qb-item-fields" data-testid={`${scope}-fields`}>
      <Form.Item label={t('questionBank.field.type')} validateStatus={status('questionType')} help={help('questionType')}>
        <Select
          value={draft.questionType}
          onChange={(type: QuestionType) => onChange(withType(draft, type))}
          options={types.map((type) => ({ value: type, label: t(`questionBank.type.${type}`) }))}
          data-testid={`${scope}-type`}
          aria-label={t('questionBank.field.type')}
          style={{ maxWidth: 260 }}
        />
      </Form.Item>
      <Form.Item label={t('questionBank.field.stem')} validateStatus={status('stem')} help={help('stem')} required>
        <RichEditor
          value={draft.stem}
          onChange={(stem) => set({ stem })}
          aria-label={t('questionBank.field.stem')}
          data-testid={`${scope}-stem`}
          invalid={Boolean(errors.stem)}
        />
      </Form.Item>
      {draft.questionType === 'FILL_BLANK' ? <Typography.Paragraph type="secondary">{t('questionBank.key.blankMarkHint')}</Typography.Paragraph> : null}
      {['SHORT_ANSWER', 'ESSAY', 'CASE'].includes(draft.questionType) ? null : (
        <Form.Item label={t('questionBank.field.key')} validateStatus={status('content')} help={help('content')} required>
          <div data-testid={`${scope}-key`} className={errors.content ? 'zyk-qb-key--invalid' : undefined}>
            <AnswerKeyForm draft={draft} scope={scope} onChange={(content) => set({ content })} />
          </div>
        </Form.Item>
      )}
      {isCase ? (
        <div className="zyk-qb-subs" data-testid={`${scope}-subs`}>
          <Typography.Title level={5}>{t('questionBank.field.subQuestions')}</Typography.Title>
          {errors.subQuestions ? (
            <div className="ant-form-item-explain-error" role="alert" data-testid={`${scope}-subs-error`}>
              {errors.subQuestions}
            </div>
          ) : null}
          {draft.subQuestions.map((sub, i) => (
            <Card
              key={sub.uid}
              size="small"
              className="zyk-qb-sub"
              data-testid={`${scope}-sub-${i}`}
              title={t('questionBank.field.subQuestion', { n: i + 1 })}
              extra={
                <Button type="text" danger icon={<DeleteOutlined />} disabled={draft.subQuestions.length <= 1} onClick={() => set({ subQuestions: draft.subQuestions.filter((_, j) => j !== i) })}>
                  {t('questionBank.remove')}
                </Button>
              }
            >
              <ItemFields
                draft={sub}
                nested
                scope={`sub-${i}`}
                points={points}
                modules={modules}
                errors={errorsFor(errors, `subQuestions.${i}.`)}
                onChange={(next) => setSub(i, next)}
              />
            </Card>
          ))}
          <Button icon={<PlusOutlined />} disabled={draft.subQuestions.length >= 20} onClick={() => set({ subQuestions: [...draft.subQuestions, newDraft('SINGLE')] })} data-testid={`${scope}-add-sub`}>
            {t('questionBank.field.addSubQuestion')}
          </Button>
        </div>
      ) : null}
      <Form.Item
        label={OPEN_TYPES.includes(draft.questionType) ? t('questionBank.field.referenceAnswer') : t('questionBank.field.referenceAnswerOptional')}
        validateStatus={status('referenceAnswer')}
        help={help('referenceAnswer')}
      >
        <RichEditor value={draft.referenceAnswer} onChange={(referenceAnswer) => set({ referenceAnswer })} aria-label={t('questionBank.field.referenceAnswer')} data-testid={`${scope}-reference`} />
      </Form.Item>
      <Form.Item label={t('questionBank.field.explanation')} validateStatus={status('explanation')} help={help('explanation')}>
        <RichEditor value={draft.explanation} onChange={(explanation) => set({ explanation })} aria-label={t('questionBank.field.explanation')} data-testid={`${scope}-explanation`} />
      </Form.Item>
      <div className="zyk-qb-meta">
        <Form.Item label={t('questionBank.field.difficulty')} validateStatus={status('difficulty')} help={help('difficulty')}>
          <Select
            value={draft.difficulty}
            onChange={(difficulty: number) => set({ difficulty })}
            options={[1, 2, 3, 4, 5].map((level) => ({ value: level, label: t(`questionBank.difficulty.${level}`) }))}
            aria-label={t('questionBank.field.difficulty')}
            data-testid={`${scope}-difficulty`}
            style={{ minWidth: 120 }}
          />
        </Form.Item>
        <Form.Item label={t('questionBank.field.score')} validateStatus={status('score')} help={help('score') ?? (isCase ? t('questionBank.field.caseScore') : undefined)}>
          <InputNumber
            value={isCase ? caseScore(draft) : draft.score}
            disabled={isCase}
            min={0}
            max={1000}
            step={0.5}
            onChange={(score) => set({ score: Number(score ?? 0) })}
            aria-label={t('questionBank.field.score')}
            data-testid={`${scope}-score`}
          />
        </Form.Item>
      </div>
      <Form.Item label={t('questionBank.field.points')} validateStatus={status('knowledgePointIds')} help={help('knowledgePointIds')}>
        <Select
          mode="multiple"
          value={draft.knowledgePointIds}
          onChange={(knowledgePointIds: string[]) => set({ knowledgePointIds })}
          options={points.map((p) => ({ value: p.id, label: p.name }))}
          optionFilterProp="label"
          placeholder={t('questionBank.field.pointsPlaceholder')}
          aria-label={t('questionBank.field.points')}
          data-testid={`${scope}-points`}
        />
      </Form.Item>
      {nested ? null : (
        <>
          <div className="zyk-qb-meta">
            <Form.Item label={t('questionBank.field.module')} validateStatus={status('moduleId')} help={help('moduleId')}>
              <Select
                allowClear
                value={draft.moduleId ?? undefined}
                onChange={(moduleId?: string) => set({ moduleId: moduleId ?? null })}
                options={modules.map((m) => ({ value: m.id, label: m.name }))}
                placeholder={t('questionBank.field.noModule')}
                aria-label={t('questionBank.field.module')}
                data-testid={`${scope}-module`}
                style={{ minWidth: 200 }}
              />
            </Form.Item>
            <Form.Item label={t('questionBank.field.source')} validateStatus={status('source')} help={help('source')}>
              <Select
                value={draft.source}
                onChange={(source) => set({ source })}
                options={QUESTION_SOURCES.map((source) => ({ value: source, label: t(`questionBank.source.${source}`) }))}
                aria-label={t('questionBank.field.source')}
                data-testid={`${scope}-source`}
                style={{ minWidth: 160 }}
              />
            </Form.Item>
          </div>
          <Form.Item label={t('questionBank.field.tags')} validateStatus={status('tags')} help={help('tags')}>
            <Select
              mode="tags"
              value={draft.tags}
              onChange={(tags: string[]) => set({ tags })}
              open={false}
              suffixIcon={null}
              placeholder={t('questionBank.field.tagsPlaceholder')}
              aria-label={t('questionBank.field.tags')}
              data-testid={`${scope}-tags`}
            />
          </Form.Item>
        </>
      )}
    </div>
  );
}
