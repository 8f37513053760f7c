import type { ResourceStatus } from '@zyk/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

interface StatusFields {
  status: ResourceStatus;
  hasUnpublishedChanges?: boolean;
  review?: { level: string; comment: string } | null;
}

const COLORS: Record<ResourceStatus, string> = {
  DRAFT: 'default',
  IN_REVIEW: 'processing',
  NEEDS_CHANGES: 'warning',
  PUBLISHED: 'success',
  DELETED: 'error',
};

/** 草稿 / 审核中 · level / 需修改 / 已发布 / 已发布 · 有新草稿 / 已删除. */
export function ResourceStatusTag({ resource }: { resource: StatusFields }) {
  const { t } = useTranslation();
  const { status } = resource;
  let label = t(`studio.status.${status}`);
  if (status === 'IN_REVIEW' && resource.review?.level) label = t('studio.status.inReviewAt', { level: resource.review.level });
  if (status === 'PUBLISHED' && resource.hasUnpublishedChanges) label = t('studio.status.publishedWithDraft');
  return (
    <Tag color={COLORS[status]} className="zyk-studio__status" data-testid="resource-status" data-status={status}>
      {label}
    </Tag>
  );
}

/** The reviewer's comment when changes were asked for (under the status). */
export function ReviewComment({ resource }: { resource: StatusFields }) {
  const { t } = useTranslation();
  if (resource.status !== 'NEEDS_CHANGES' || !resource.review?.comment) return null;
  return (
    <div className="zyk-studio__comment" data-testid="review-comment">
      <span className="zyk-muted">{t('studio.status.commentBy', { level: resource.review.level })}</span>
      {resource.review.comment}
    </div>
  );
}
