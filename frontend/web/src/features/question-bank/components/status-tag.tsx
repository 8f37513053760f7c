import { Tag } from 'antd';
import type { QuestionStatus } from '@zyk/shared';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<QuestionStatus, string> = {
  DRAFT: 'default',
  IN_REVIEW: 'processing',
  PUBLISHED: 'success',
  CHANGED: 'warning',
  DELETED: 'error',
};

/** 草稿 / 审核中 / 已发布 / 有修改待发布 / 回收站. */
export function StatusTag({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status]} data-testid="question-status">
      {t(`questionBank.status.${status}`)}
    </Tag>
  );
}
