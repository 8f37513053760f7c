import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format-date';
import { useMyQuestions, type CourseQuestionData } from '../api/course-questions';

const STATUS_COLOR = { OPEN: 'orange', ANSWERED: 'green', CLOSED: 'default' } as const;

function MyQuestion({ question }: { question: CourseQuestionData }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const closedBecause = question.dismissReason ? t(`course.questions.closedBecause.${question.dismissReason}`) : t('course.questions.status.CLOSED');
  return (
    <li className="zyk-qa__question" data-testid="my-question" data-status={question.status}>
      <div className="zyk-qa__question-head">
        <p className="zyk-qa__question-text">{question.text}</p>
        <Tag color={STATUS_COLOR[question.status]} data-testid="my-question-status">
          {t(`course.questions.status.${question.status}`)}
        </Tag>
      </div>
      <p className="zyk-qa__question-meta zyk-muted">{t('course.questions.askedAt', { date: formatDateTime(question.createdAt, language) })}</p>
      {question.status === 'ANSWERED' ? (
        <div className="zyk-qa__reply-text" data-testid="my-question-answer">
          <p className="zyk-qa__label">
            {t('course.questions.teamAnswer')}
            {question.faqEntryId ? (
              <Tag color="blue" className="zyk-qa__in-faq" data-testid="my-question-in-faq">
                {t('course.questions.inFaq')}
              </Tag>
            ) : null}
          </p>
          <p className="zyk-qa__text">{question.answer}</p>
          <p className="zyk-muted zyk-qa__question-meta">
            {t('course.questions.answeredBy', { name: question.answeredBy ?? '', date: formatDateTime(question.answeredAt, language) })}
          </p>
        </div>
      ) : null}
      {question.status === 'CLOSED' ? (
        <p className="zyk-qa__reply-text zyk-muted" data-testid="my-question-dismissed">
          {question.dismissNote
            ? t('course.questions.closedWithNote', { reason: closedBecause, note: question.dismissNote })
            : closedBecause}
        </p>
      ) : null}
    </li>
  );
}

/** 我的提问: the signed-in viewer's questions to this course, with status and the team's answers. */
export function CourseMyQuestions({ courseId, userId }: { courseId: string; userId: string }) {
  const { t } = useTranslation();
  const query = useMyQuestions(courseId, userId);
  const pages = query.data?.pages ?? [];
  const questions = pages.flatMap((page) => page?.questions ?? []);
  const total = pages[0]?.total ?? 0;
  // Shown once there is something to show: most visitors never post a question.
  if (!questions.length) return null;
  return (
    <div className="zyk-qa__faq" data-testid="my-questions">
      <h3 className="zyk-qa__heading">{t('course.questions.mineTitleCount', { count: total })}</h3>
      <ul className="zyk-qa__questions">
        {questions.map((question) => (
          <MyQuestion key={question.id} question={question} />
        ))}
      </ul>
      {query.hasNextPage ? (
        <Button type="link" className="zyk-qa__more" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} data-testid="my-questions-more">
          {t('course.qa.more', { count: total - questions.length })}
        </Button>
      ) : null}
    </div>
  );
}
