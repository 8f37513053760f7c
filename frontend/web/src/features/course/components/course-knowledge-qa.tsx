import { QuestionCircleOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Collapse, Empty, Input, Skeleton, Tag } from 'antd';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Section } from '@/components/section';
import { useMe } from '@/hooks/use-me';
import { MutationFailed } from '@/lib/mutation-result';
import { loginPath } from '@/lib/next-path';
import { MAX_QUESTION_LENGTH, useCourseAnswer, useCourseFaq, useCourseQuestionPost, type CourseAnswerData } from '../api/knowledge-qa';
import { CourseMyQuestions } from './course-my-questions';
import { CourseOpenQuestions } from './course-open-questions';
import './course-knowledge-qa.css';

/** The cited answer: the matched FAQ question, its answer, points, 先学 prerequisites, resources and sources. */
function AnswerView({ answer }: { answer: CourseAnswerData }) {
  const { t } = useTranslation();
  const names = new Map([...answer.points, ...answer.prerequisites].map((point) => [point.id, point.name]));
  return (
    <div className="zyk-qa__answer" data-testid="qa-answer">
      {answer.entry ? (
        <>
          <p className="zyk-qa__matched">
            <span className="zyk-muted">{t('course.qa.matched')}</span>
            <strong data-testid="qa-matched-question">{answer.entry.question}</strong>
          </p>
          <p className="zyk-qa__text" data-testid="qa-answer-text">
            {answer.entry.answer}
          </p>
        </>
      ) : null}
      {answer.points.length ? (
        <div className="zyk-qa__row" data-testid="qa-points">
          <span className="zyk-qa__label">{t('course.qa.points')}</span>
          {answer.points.map((point) => (
            <Tag key={point.id} color="blue">
              {point.name}
            </Tag>
          ))}
        </div>
      ) : null}
      {answer.prerequisites.length ? (
        <div className="zyk-qa__row" data-testid="qa-prerequisites">
          <span className="zyk-qa__label">{t('course.qa.studyFirst')}</span>
          {answer.prerequisites.map((point) => (
            <Tag key={point.id}>{point.name}</Tag>
          ))}
        </div>
      ) : null}
      {answer.resources.length ? (
        <div className="zyk-qa__block">
          <h4 className="zyk-qa__label">{t('course.qa.resources')}</h4>
          <ul className="zyk-link-list">
            {answer.resources.map(({ pointId, resource }) => (
              <li key={`${pointId}-${resource.id}`}>
                <Link to={`/resources/${resource.id}`} className="zyk-link-list__link" data-testid="qa-resource-link">
                  <span>{resource.title}</span>
                  <span className="zyk-qa__for">
                    {names.has(pointId) ? <span className="zyk-muted">{t('course.qa.forPoint', { name: names.get(pointId) })}</span> : null}
                    <span className="zyk-badge zyk-badge--grey">{t(`library.type.${resource.type}`)}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {answer.sources.length ? (
        <div className="zyk-qa__sources" data-testid="qa-sources">
          <h4 className="zyk-qa__label">{t('course.qa.sources')}</h4>
          <ol>
            {answer.sources.map((source) => (
              <li key={`${source.kind}-${source.id}`}>
                <span className="zyk-badge zyk-badge--grey">{t(`course.qa.sourceKind.${source.kind}`)}</span> {source.title}
                {source.reason ? <span className="zyk-muted"> — {source.reason}</span> : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}

/** The server's refusal of the question text itself (e.g. blocked sensitive words, C12), if that is why it failed. */
function textProblem(error: unknown): string | null {
  return error instanceof MutationFailed ? (error.problems.find((problem) => problem.field === 'text')?.message ?? null) : null;
}

/**
 * The decline: the suggestion, and posting the question to the course Q&A (or a login link). A refusal of the
 * question's text goes to `onRefused`, shown at the question box; any other refusal shows here.
 */
function DeclineView({
  answer,
  courseId,
  question,
  onRefused,
}: {
  answer: CourseAnswerData;
  courseId: string;
  question: string;
  onRefused: (message: string) => void;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const post = useCourseQuestionPost(courseId);
  const here = `${location.pathname}${location.search}#knowledge-qa`;
  const submit = () =>
    post.mutate(
      { courseId, text: question },
      {
        onError: (error) => {
          const message = textProblem(error);
          if (message) onRefused(message);
        },
      },
    );
  return (
    <div className="zyk-qa__answer" data-testid="qa-declined">
      <Alert type="info" showIcon message={t('course.qa.declined')} description={answer.suggestion || undefined} />
      {post.isSuccess ? (
        <Alert className="zyk-qa__posted" type="success" showIcon message={t('course.qa.posted')} data-testid="qa-posted" />
      ) : answer.canPost ? (
        <div className="zyk-qa__post">
          {post.isError && !textProblem(post.error) ? <Alert type="error" showIcon message={post.error.message} data-testid="qa-post-error" /> : null}
          <Button icon={<SendOutlined />} loading={post.isPending} onClick={submit} data-testid="qa-post">
            {t('course.qa.post')}
          </Button>
        </div>
      ) : (
        <p className="zyk-qa__post" data-testid="qa-login">
          <Link to={loginPath(here)}>{t('course.qa.login')}</Link>
        </p>
      )}
    </div>
  );
}

/** 常见问题: the course FAQ, FAQ_PAGE_SIZE entries at a time, each question opening its answer. */
function FaqList({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const faq = useCourseFaq(courseId, true);
  const pages = faq.data?.pages ?? [];
  const entries = pages.flatMap((page) => page.course?.faq.entries ?? []);
  const total = pages[0]?.course?.faq.total ?? 0;
  let body;
  if (faq.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (faq.isError) body = <Alert type="error" showIcon message={faq.error.message} />;
  else if (!entries.length) body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('course.qa.faqEmpty')} />;
  else
    body = (
      <>
        <Collapse
          size="small"
          data-testid="faq-list"
          items={entries.map((entry) => ({
            key: entry.id,
            label: <span data-testid="faq-question">{entry.question}</span>,
            children: (
              <div data-testid="faq-answer">
                <p className="zyk-qa__text">{entry.answer}</p>
                {entry.points.length ? (
                  <div className="zyk-qa__row">
                    {entry.points.map((point) => (
                      <Tag key={point.id}>{point.name}</Tag>
                    ))}
                  </div>
                ) : null}
              </div>
            ),
          }))}
        />
        {faq.hasNextPage ? (
          <Button type="link" className="zyk-qa__more" loading={faq.isFetchingNextPage} onClick={() => void faq.fetchNextPage()} data-testid="faq-more">
            {t('course.qa.more', { count: total - entries.length })}
          </Button>
        ) : null}
      </>
    );
  return (
    <div className="zyk-qa__faq" data-testid="course-faq">
      <h3 className="zyk-qa__heading">{total ? t('course.qa.faqTitleCount', { count: total }) : t('course.qa.faqTitle')}</h3>
      {body}
    </div>
  );
}

/**
 * 知识问答 on the course page (M7): ask the course FAQ and get a cited answer with the points, what to
 * study first and the resources; a question the FAQ cannot answer can be posted to the course Q&A.
 * Then, for the course team, 待回答的提问 (answer, optionally into the FAQ, or dismiss); for a signed-in
 * viewer who posted, 我的提问 with status and answers; and the FAQ (常见问题). A post the server refuses for its
 * text (blocked sensitive words) shows at the question box until the question is edited.
 */
export function CourseKnowledgeQa({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [text, setText] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const inputRef = useRef<TextAreaRef>(null);
  const answer = useCourseAnswer(courseId, asked);
  const { me } = useMe();
  const tooLong = text.length > MAX_QUESTION_LENGTH;
  const blank = text.trim() === '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (tooLong || blank) return;
    // The same question again is asked again: the course team may have answered it into the FAQ meanwhile.
    if (asked === text.trim()) void answer.refetch();
    else setAsked(text.trim());
  };

  let result = null;
  if (asked !== null) {
    if (answer.isPending) result = <Skeleton active paragraph={{ rows: 3 }} />;
    else if (answer.isError) result = <Alert type="error" showIcon message={answer.error.message} data-testid="qa-error" />;
    else if (answer.data.courseAnswer.answered) result = <AnswerView answer={answer.data.courseAnswer} />;
    else
      result = (
        <DeclineView
          key={asked}
          answer={answer.data.courseAnswer}
          courseId={courseId}
          question={asked}
          onRefused={(message) => {
            setRefusal(message);
            inputRef.current?.focus();
          }}
        />
      );
  }

  return (
    <Section id="knowledge-qa" title={t('course.qa.title')} subtitle={t('course.qa.subtitle')} className="zyk-qa">
      <div data-testid="course-knowledge-qa">
        <form className="zyk-qa__form" onSubmit={submit} noValidate>
          <label htmlFor={inputId} className="zyk-visually-hidden">
            {t('course.qa.label')}
          </label>
          <Input.TextArea
            ref={inputRef}
            id={inputId}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setRefusal(null);
            }}
            placeholder={t('course.qa.placeholder')}
            rows={3}
            count={{ show: true, max: MAX_QUESTION_LENGTH }}
            status={tooLong || refusal ? 'error' : undefined}
            aria-invalid={tooLong || refusal !== null}
            aria-describedby={tooLong || refusal ? `${inputId}-error` : undefined}
            data-testid="qa-input"
          />
          {tooLong ? (
            <p id={`${inputId}-error`} className="zyk-qa__error" role="alert" data-testid="qa-too-long">
              {t('course.qa.tooLong', { max: MAX_QUESTION_LENGTH, count: text.length })}
            </p>
          ) : refusal ? (
            <p id={`${inputId}-error`} className="zyk-qa__error" role="alert" data-testid="qa-refused">
              {refusal}
            </p>
          ) : null}
          <Button
            type="primary"
            htmlType="submit"
            icon={<QuestionCircleOutlined />}
            disabled={tooLong || blank}
            loading={asked !== null && answer.isFetching}
            className="zyk-qa__ask"
            data-testid="qa-ask"
          >
            {t('course.qa.ask')}
          </Button>
        </form>
        <div aria-live="polite">{result}</div>
        {me ? <CourseOpenQuestions courseId={courseId} userId={me.id} /> : null}
        {me ? <CourseMyQuestions courseId={courseId} userId={me.id} /> : null}
        <FaqList courseId={courseId} />
      </div>
    </Section>
  );
}
