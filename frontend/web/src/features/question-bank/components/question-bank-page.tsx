import { DeleteOutlined, EditOutlined, ExportOutlined, PlusOutlined, RollbackOutlined, TableOutlined, AppstoreOutlined, ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Empty, Input, Pagination, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import type { QuestionStatus, QuestionType } from '@zyk/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { RichHtml } from '@/components/question/rich-html';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/graphql-client';
import { QUESTION_TYPES } from '@/lib/question-types';
import { useBankCourse, useQuestionBank, useQuestionDelete, useQuestionRestore, type BankFilters, type BankItem } from '../api/question-bank';
import { StatusTag } from './status-tag';
import './question-bank.css';

const PAGE_SIZE = 20;
const STATUSES: QuestionStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'CHANGED', 'DELETED'];

/** Filters live in the address (?type=&difficulty=&point=&module=&status=&q=&page=), so a view can be shared and reloaded. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const filters: BankFilters = {
    questionType: (params.get('type') as QuestionType | null) || null,
    difficulty: params.get('difficulty') ? Number(params.get('difficulty')) : null,
    knowledgePointId: params.get('point') || null,
    moduleId: params.get('module') || null,
    status: (params.get('status') as QuestionStatus | null) || null,
    search: params.get('q') || null,
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = (name: string, value: string | number | null | undefined) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null || value === undefined || value === '') next.delete(name);
        else next.set(name, String(value));
        if (name !== 'page') next.delete('page');
        return next;
      },
      { replace: true },
    );
  return { filters, page, set, raw: params };
}

/** 题库: the course's items for its team — filters, search, status, recycle bin, and the bank's tools (C4, M5). */
export function QuestionBankPage({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useBankCourse(courseId);
  const { filters, page, set, raw } = useFilters();
  const bank = useQuestionBank(courseId, filters, page, PAGE_SIZE);
  const [search, setSearch] = useState(raw.get('q') ?? '');
  useDocumentTitle(course.data ? t('questionBank.documentTitle', { name: course.data.name }) : undefined);

  const points = useMemo(() => (course.data?.graph.nodes ?? []).map((node) => ({ value: node.point.id, label: node.point.name })), [course.data]);
  const modules = useMemo(() => (course.data?.outline ?? []).map((m) => ({ value: m.id, label: m.title })), [course.data]);

  if (course.isPending || bank.isPending) return <PageSkeleton cards={2} />;
  const failed = bank.error ?? course.error;
  if (failed && !bank.data) {
    if (failed instanceof ApiError && ['NOT_FOUND', 'INVALID_INPUT'].includes(failed.code)) return <NotFoundView />;
    return <ErrorState error={failed} onRetry={() => void bank.refetch()} />;
  }
  if (!course.data || !bank.data) return <NotFoundView />;
  const base = `/courses/${courseId}/questions`;
  const inBin = filters.status === 'DELETED';

  return (
    <div className="zyk-container zyk-page zyk-qb" data-testid="question-bank" aria-busy={bank.isFetching}>
      <Link to={`/courses/${courseId}`} className="zyk-qb__back">
        <ArrowLeftOutlined aria-hidden /> {course.data.name}
      </Link>
      <div className="zyk-qb__head">
        <Typography.Title level={2}>{t('questionBank.title')}</Typography.Title>
        <Space wrap className="zyk-qb__tools">
          <Link to={`${base}/new`} className="zyk-qb-btn zyk-qb-btn--primary" data-testid="bank-new">
            <PlusOutlined aria-hidden /> {t('questionBank.new')}
          </Link>
          <Link to={`${base}/import`} className="zyk-qb-btn" data-testid="bank-import">
            <ExportOutlined aria-hidden /> {t('questionBank.importExport')}
          </Link>
          <Link to={`/courses/${courseId}/papers`} className="zyk-qb-btn" data-testid="bank-papers">
            <AppstoreOutlined aria-hidden /> {t('questionBank.papers')}
          </Link>
          <Link to={`${base}/coverage`} className="zyk-qb-btn" data-testid="bank-coverage">
            <TableOutlined aria-hidden /> {t('questionBank.coverage')}
          </Link>
        </Space>
      </div>
      <div className="zyk-qb-filters" role="search" aria-label={t('questionBank.filters')}>
        <Input.Search
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => set('q', value.trim())}
          allowClear
          placeholder={t('questionBank.searchPlaceholder')}
          aria-label={t('questionBank.search')}
          data-testid="bank-search"
          className="zyk-qb-filters__search"
        />
        <Select
          allowClear
          value={filters.questionType ?? undefined}
          onChange={(value?: string) => set('type', value)}
          placeholder={t('questionBank.field.type')}
          aria-label={t('questionBank.field.type')}
          options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`questionBank.type.${type}`) }))}
          data-testid="bank-filter-type"
        />
        <Select
          allowClear
          value={filters.difficulty ?? undefined}
          onChange={(value?: number) => set('difficulty', value)}
          placeholder={t('questionBank.field.difficulty')}
          aria-label={t('questionBank.field.difficulty')}
          options={[1, 2, 3, 4, 5].map((level) => ({ value: level, label: t(`questionBank.difficulty.${level}`) }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          value={filters.knowledgePointId ?? undefined}
          onChange={(value?: string) => set('point', value)}
          placeholder={t('questionBank.field.points')}
          aria-label={t('questionBank.field.points')}
          options={points}
        />
        <Select
          allowClear
          value={filters.moduleId ?? undefined}
          onChange={(value?: string) => set('module', value)}
          placeholder={t('questionBank.field.module')}
          aria-label={t('questionBank.field.module')}
          options={modules}
        />
        <Select
          allowClear
          value={filters.status ?? undefined}
          onChange={(value?: string) => set('status', value)}
          placeholder={t('questionBank.field.status')}
          aria-label={t('questionBank.field.status')}
          options={STATUSES.map((status) => ({ value: status, label: t(`questionBank.statusFilter.${status}`) }))}
          data-testid="bank-filter-status"
        />
      </div>
      <p className="zyk-muted" data-testid="bank-total">
        {inBin ? t('questionBank.totalInBin', { count: bank.data.totalCount }) : t('questionBank.total', { count: bank.data.totalCount })}
      </p>
      {bank.data.items.length ? (
        <ol className="zyk-qb-list" start={(page - 1) * PAGE_SIZE + 1}>
          {bank.data.items.map((item) => (
            <BankRow key={item.id} item={item} base={base} />
          ))}
        </ol>
      ) : (
        <Empty description={inBin ? t('questionBank.emptyBin') : t('questionBank.empty')} />
      )}
      {bank.data.totalCount > PAGE_SIZE ? (
        <Pagination
          className="zyk-qb-pagination"
          current={page}
          pageSize={PAGE_SIZE}
          total={bank.data.totalCount}
          showSizeChanger={false}
          onChange={(next) => set('page', next)}
        />
      ) : null}
    </div>
  );
}

function BankRow({ item, base }: { item: BankItem; base: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useQuestionDelete();
  const restore = useQuestionRestore();
  const deleted = item.status === 'DELETED';
  const onError = (error: Error) => message.error(error.message);
  return (
    <li className="zyk-qb-row-card zyk-card" data-testid="bank-item" data-question-id={item.id}>
      <div className="zyk-qb-row-card__meta">
        <Tag color="blue">{t(`questionBank.type.${item.questionType}`)}</Tag>
        <StatusTag status={item.status} />
        <span className="zyk-muted">{t(`questionBank.difficulty.${item.difficulty}`)}</span>
        <span className="zyk-muted">{t('questionBank.scoreValue', { score: item.score })}</span>
        {item.subQuestions.length ? <span className="zyk-muted">{t('questionBank.parts', { count: item.subQuestions.length })}</span> : null}
      </div>
      <RichHtml html={item.stem} className="zyk-qb-row-card__stem" data-testid="bank-item-stem" />
      <div className="zyk-qb-row-card__foot">
        <span className="zyk-muted zyk-qb-row-card__points">
          {item.knowledgePoints.map((p) => p.name).join('、') || t('questionBank.noPoints')}
          {item.module ? ` · ${item.module.title}` : ''}
          {item.authorName ? ` · ${item.authorName}` : ''}
        </span>
        <Space size="small" wrap>
          {deleted ? (
            <Button size="small" icon={<RollbackOutlined />} loading={restore.isPending} onClick={() => restore.mutate({ id: item.id }, { onSuccess: () => message.success(t('questionBank.restored')), onError })} data-testid="bank-restore">
              {t('questionBank.restore')}
            </Button>
          ) : (
            <>
              <Link to={`${base}/${item.id}`} className="zyk-qb-btn zyk-qb-btn--small" data-testid="bank-edit">
                <EditOutlined aria-hidden /> {t('questionBank.edit')}
              </Link>
              <Popconfirm
                title={t('questionBank.deleteConfirm')}
                okText={t('questionBank.delete')}
                cancelText={t('questionBank.cancel')}
                onConfirm={() => remove.mutateAsync({ id: item.id }).then(() => message.success(t('questionBank.deleted')), onError)}
              >
                <Button size="small" danger icon={<DeleteOutlined />} loading={remove.isPending} data-testid="bank-delete">
                  {t('questionBank.delete')}
                </Button>
              </Popconfirm>
            </>
          )}
        </Space>
      </div>
    </li>
  );
}
