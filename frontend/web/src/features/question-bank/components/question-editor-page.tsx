import { ArrowLeftOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { ApiError } from '@/lib/graphql-client';
import { MutationFailed } from '@/lib/mutation-result';
import { useBankCourse, useBankItem, useQuestionCreate, useQuestionRestore, useQuestionSubmit, useQuestionUpdate, type BankItem } from '../api/question-bank';
import { describeContentError, draftFromItem, letter, newDraft, toInput, type ItemDraft } from '../utils/item-form';
import { ItemFields } from './item-fields';
import { QuestionPreview } from './question-preview';
import { StatusTag } from './status-tag';
import './question-bank.css';

interface Props {
  courseId: string;
  /** null: a new item. */
  questionId: string | null;
}

/** 试题编辑: one item of the course bank, a form per type beside a live preview of what learners see (C4, M5). */
export function QuestionEditorPage({ courseId, questionId }: Props) {
  const { t } = useTranslation();
  const course = useBankCourse(courseId);
  const item = useBankItem(questionId);
  useDocumentTitle(course.data ? `${t(questionId ? 'questionBank.editor.editTitle' : 'questionBank.editor.newTitle')} · ${course.data.name}` : undefined);

  if (course.isPending || (questionId && item.isPending)) return <PageSkeleton cards={2} />;
  const failed = course.error ?? item.error;
  if (failed) {
    if (failed instanceof ApiError && ['NOT_FOUND', 'INVALID_INPUT'].includes(failed.code)) return <NotFoundView />;
    return <ErrorState error={failed} onRetry={() => void (course.error ? course.refetch() : item.refetch())} />;
  }
  if (!course.data || (questionId && (!item.data || item.data.course.id !== courseId))) return <NotFoundView />;
  return <Editor key={questionId ?? 'new'} courseId={courseId} courseName={course.data.name} course={course.data} item={item.data ?? null} />;
}

type CourseData = NonNullable<ReturnType<typeof useBankCourse>['data']>;

function Editor({ courseId, courseName, course, item }: { courseId: string; courseName: string; course: CourseData; item: BankItem | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ItemDraft>(() => (item ? draftFromItem(item) : newDraft('SINGLE')));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const create = useQuestionCreate();
  const update = useQuestionUpdate();
  const restore = useQuestionRestore();
  const submit = useQuestionSubmit();
  const deleted = item?.status === 'DELETED';
  const inReview = item?.status === 'IN_REVIEW';
  const locked = deleted || inReview;

  useEffect(() => {
    if (item) setDraft(draftFromItem(item));
  }, [item]);

  const points = useMemo(() => course.graph.nodes.map((node) => ({ id: node.point.id, name: node.point.name })), [course.graph.nodes]);
  const modules = useMemo(() => course.outline.map((m) => ({ id: m.id, name: m.title })), [course.outline]);
  const bankPath = `/courses/${courseId}/questions`;

  const fail = (error: unknown) => {
    if (error instanceof MutationFailed) {
      const byField: Record<string, string> = {};
      const words = (message: string) =>
        describeContentError(message, (name, index) =>
          index === null ? t(`questionBank.part.${name}`) : t(`questionBank.part.${name}N`, { n: index + 1, key: letter(index) }),
        );
      for (const problem of error.problems) if (problem.field) byField[problem.field] = words(problem.message);
      setErrors(byField);
      setGeneral(words(error.problems[0]?.message ?? error.message));
    } else {
      setErrors({});
      setGeneral(error instanceof Error ? error.message : t('errors.unknown'));
    }
  };

  const save = async (thenSubmit = false) => {
    setErrors({});
    setGeneral(null);
    try {
      if (item) {
        await update.mutateAsync({ id: item.id, input: toInput(draft) });
        if (thenSubmit) {
          await submit.mutateAsync({ id: item.id });
          message.success(t('questionBank.editor.submitted'));
        } else {
          message.success(t('questionBank.editor.saved'));
        }
      } else {
        const payload = await create.mutateAsync({ courseId, input: toInput(draft) });
        message.success(t('questionBank.editor.created'));
        if (payload.question) void navigate(`${bankPath}/${payload.question.id}`, { replace: true });
      }
    } catch (error) {
      fail(error);
    }
  };

  const busy = create.isPending || update.isPending || submit.isPending;
  return (
    <div className="zyk-container zyk-page zyk-qb" data-testid="question-editor">
      <Link to={bankPath} className="zyk-qb__back">
        <ArrowLeftOutlined aria-hidden /> {t('questionBank.editor.back', { name: courseName })}
      </Link>
      <div className="zyk-qb__head">
        <Typography.Title level={2}>{t(item ? 'questionBank.editor.editTitle' : 'questionBank.editor.newTitle')}</Typography.Title>
        {item ? <StatusTag status={item.status} /> : <Tag>{t('questionBank.status.NEW')}</Tag>}
      </div>
      {deleted ? (
        <Alert
          type="warning"
          showIcon
          message={t('questionBank.editor.inBin')}
          action={
            <Button size="small" onClick={() => restore.mutate({ id: item.id }, { onError: fail })} loading={restore.isPending} data-testid="editor-restore">
              {t('questionBank.restore')}
            </Button>
          }
        />
      ) : null}
      {inReview ? <Alert type="info" showIcon message={t('questionBank.editor.inReview')} data-testid="editor-in-review" /> : null}
      <div className="zyk-qb-editor">
        <Form layout="vertical" className="zyk-qb-editor__form" disabled={locked} component="div">
          {general ? <Alert type="error" showIcon message={t('questionBank.editor.refused')} description={general} data-testid="editor-error" className="zyk-qb-editor__alert" /> : null}
          <ItemFields draft={draft} onChange={setDraft} errors={errors} points={points} modules={modules} scope="main" />
          <Space wrap className="zyk-qb-editor__actions">
            <Button type="primary" icon={<SaveOutlined />} loading={busy} disabled={locked} onClick={() => void save()} data-testid="editor-save">
              {t('questionBank.editor.save')}
            </Button>
            {item ? (
              <Button icon={<SendOutlined />} loading={busy} disabled={locked} onClick={() => void save(true)} data-testid="editor-submit">
                {t('questionBank.editor.submit')}
              </Button>
            ) : null}
            <Link to={bankPath} className="zyk-qb-btn">
              {t('questionBank.editor.toBank')}
            </Link>
          </Space>
          <Typography.Paragraph type="secondary" className="zyk-qb-editor__note">
            {t('questionBank.editor.draftNote')}
          </Typography.Paragraph>
        </Form>
        <QuestionPreview draft={draft} />
      </div>
    </div>
  );
}
