import { Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionView, type QuestionViewItem } from '@/components/question/question-view';
import { RichHtml } from '@/components/question/rich-html';
import { caseScore, contentFor, type Content, type ItemDraft } from '../utils/item-form';

const viewItem = (draft: ItemDraft): QuestionViewItem => ({
  id: draft.uid,
  questionType: draft.questionType,
  stem: draft.stem,
  score: draft.questionType === 'CASE' ? caseScore(draft) : draft.score,
  content: contentFor(draft) as Record<string, unknown>,
  subQuestions: draft.subQuestions.map(viewItem),
});

/** The right answer of one item in words (the teacher checks the key they built). */
function KeySummary({ draft }: { draft: ItemDraft }) {
  const { t } = useTranslation();
  const c: Content = draft.content;
  let text: string | null = null;
  switch (draft.questionType) {
    case 'SINGLE':
    case 'MULTIPLE': {
      const keys = Array.isArray(c.answer) ? c.answer : typeof c.answer === 'string' ? [c.answer] : [];
      text = keys.length ? keys.join('、') : t('questionBank.preview.noAnswer');
      break;
    }
    case 'TRUE_FALSE':
      text = typeof c.answer === 'boolean' ? t(c.answer ? 'questionBank.key.true' : 'questionBank.key.false') : t('questionBank.preview.noAnswer');
      break;
    case 'FILL_BLANK':
      text = (c.blanks ?? []).map((b, i) => `${i + 1}. ${b.answers.filter(Boolean).join(' / ') || '—'}`).join('；');
      break;
    case 'MATCHING': {
      const pairs = (c.answer ?? {}) as Record<string, string>;
      text = (c.left ?? []).map((l) => `${l.key}→${pairs[l.key] ?? '?'}`).join('，');
      break;
    }
    case 'ORDERING':
      text = Array.isArray(c.answer) ? c.answer.join(' → ') : '';
      break;
    case 'PRACTICAL':
      text = (c.rubric ?? []).map((r) => `${r.criterion || '—'}（${r.points}）`).join('；');
      break;
    default:
      text = null;
  }
  return (
    <div className="zyk-qb-preview__key" data-testid="preview-key">
      {text ? (
        <p>
          <span className="zyk-qb-preview__label">{draft.questionType === 'PRACTICAL' ? t('questionBank.preview.rubric') : t('questionBank.preview.answer')}</span>
          {text}
        </p>
      ) : null}
      {draft.referenceAnswer ? (
        <div>
          <span className="zyk-qb-preview__label">{t('questionBank.field.referenceAnswer')}</span>
          <RichHtml html={draft.referenceAnswer} />
        </div>
      ) : null}
      {draft.explanation ? (
        <div>
          <span className="zyk-qb-preview__label">{t('questionBank.field.explanation')}</span>
          <RichHtml html={draft.explanation} />
        </div>
      ) : null}
      {draft.subQuestions.map((sub, i) => (
        <div key={sub.uid} className="zyk-qb-preview__part">
          <span className="zyk-qb-preview__label">{t('questionBank.field.subQuestion', { n: i + 1 })}</span>
          <KeySummary draft={sub} />
        </div>
      ))}
    </div>
  );
}

/** How a learner sees the item as it is being written (the self-test's QuestionView), and its key below. */
export function QuestionPreview({ draft }: { draft: ItemDraft }) {
  const { t } = useTranslation();
  const [response, setResponse] = useState<unknown>(undefined);
  const [showKey, setShowKey] = useState(true);
  return (
    <aside className="zyk-qb-preview zyk-card" data-testid="question-preview" aria-label={t('questionBank.preview.title')}>
      <div className="zyk-qb-preview__head">
        <Typography.Title level={5}>{t('questionBank.preview.title')}</Typography.Title>
        <label className="zyk-qb-inline-field">
          <Switch size="small" checked={showKey} onChange={setShowKey} /> {t('questionBank.preview.showKey')}
        </label>
      </div>
      <Typography.Paragraph type="secondary" className="zyk-qb-preview__hint">
        {t('questionBank.preview.hint')}
      </Typography.Paragraph>
      {draft.stem ? (
        <QuestionView key={`${draft.questionType}-${draft.uid}`} item={viewItem(draft)} response={response} onChange={setResponse} />
      ) : (
        <p className="zyk-muted">{t('questionBank.preview.empty')}</p>
      )}
      {showKey ? <KeySummary draft={draft} /> : null}
    </aside>
  );
}
