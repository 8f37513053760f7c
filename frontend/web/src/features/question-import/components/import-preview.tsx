import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { RichHtml } from '@/components/question/rich-html';
import type { ImportItem } from '../api/question-import';

/** Every item of the file as it will be stored: where it is, its type, stem, options, key, points. */
export function ImportPreviewList({ items }: { items: ImportItem[] }) {
  const { t } = useTranslation();
  if (!items.length) return null;
  const answerOf = (item: ImportItem) => {
    if (item.questionType === 'TRUE_FALSE') return item.answer === 'true' ? t('questionImport.item.true') : t('questionImport.item.false');
    if (item.questionType === 'CASE') return t('questionImport.item.subQuestions', { count: item.subQuestionCount });
    return item.answer;
  };
  return (
    <ol className="zyk-qi__items" data-testid="import-items">
      {items.map((item, index) => (
        <li key={index} className="zyk-qi__item" data-testid="import-item">
          <div className="zyk-qi__item-head">
            <span className="zyk-qi__number">{index + 1}</span>
            <Tag color="blue">{t(`questionImport.types.${item.questionType}`)}</Tag>
            <span className="zyk-qi__location">{item.location}</span>
            <span className="zyk-qi__meta">
              {t('questionImport.item.meta', { score: item.score, difficulty: item.difficulty })}
            </span>
          </div>
          <RichHtml html={item.stem} className="zyk-qi__stem" />
          {item.options.length ? (
            <ul className="zyk-qi__options">
              {item.options.map((option, i) => (
                <li key={`${option.side ?? ''}${option.key}-${i}`}>
                  <span className="zyk-qi__key">{option.side === 'RIGHT' ? `→ ${option.key}` : option.key}</span>
                  <RichHtml html={option.html} inline />
                </li>
              ))}
            </ul>
          ) : null}
          <dl className="zyk-qi__facts">
            {answerOf(item) ? (
              <div>
                <dt>{t('questionImport.item.answer')}</dt>
                <dd data-testid="import-item-answer">{answerOf(item)}</dd>
              </div>
            ) : null}
            {item.explanation ? (
              <div>
                <dt>{t('questionImport.item.explanation')}</dt>
                <dd>
                  <RichHtml html={item.explanation} />
                </dd>
              </div>
            ) : null}
            {item.knowledgePoints.length ? (
              <div>
                <dt>{t('questionImport.item.points')}</dt>
                <dd>
                  {item.knowledgePoints.map((point) => (
                    <Tag key={point.name} color={point.found ? 'green' : 'orange'} title={point.found ? undefined : t('questionImport.item.unknownPoint')}>
                      {point.name}
                      {point.found ? '' : ` · ${t('questionImport.item.unknown')}`}
                    </Tag>
                  ))}
                </dd>
              </div>
            ) : null}
            {item.tags.length ? (
              <div>
                <dt>{t('questionImport.item.tags')}</dt>
                <dd>
                  {item.tags.map((tag) => (
                    <Tag key={tag}>{tag}</Tag>
                  ))}
                </dd>
              </div>
            ) : null}
          </dl>
          {item.warnings.length ? (
            <ul className="zyk-qi__item-warnings">
              {item.warnings.map((warning, i) => (
                <li key={i}>{warning}</li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
