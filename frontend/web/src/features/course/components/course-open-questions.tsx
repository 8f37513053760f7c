import { CheckOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Empty, Form, Input, Radio, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/forms/form-alert';
import { useFormFeedback } from '@/hooks/use-form-feedback';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format-date';
import {
  DISMISS_REASONS,
  MAX_ANSWER_LENGTH,
  MAX_NOTE_LENGTH,
  useCourseQuestionAnswer,
  useCourseQuestionDismiss,
  useOpenQuestions,
  type CourseQuestionData,
  type DismissReason,
} from '../api/course-questions';
import { useCourseKnowledgeGraph } from '../api/knowledge-graph';

interface AnswerValues {
  answer: string;
  addToFaq: boolean;
  pointIds: string[];
}

interface DismissValues {
  reason: DismissReason;
  note: string;
}

/** The answer form: the text, 加入常见问题, and (then) the FAQ entry's knowledge points from the course graph. */
function AnswerForm({ courseId, question, onDone }: { courseId: string; question: CourseQuestionData; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const feedback = useFormFeedback(form, { answer: 'answer', pointIds: 'pointIds', addToFaq: 'addToFaq' });
  const answer = useCourseQuestionAnswer(courseId);
  const addToFaq = Form.useWatch('addToFaq', form) ?? false;
  const graph = useCourseKnowledgeGraph(courseId);
  const options = (graph.data?.course?.graph.nodes ?? []).map((node) => ({
    value: node.point.id,
    label: `${node.point.name}（${t(`course.graph.kind.${node.point.kind}`)}）`,
  }));

  const onFinish = async (values: AnswerValues) => {
    feedback.clear();
    try {
      await answer.mutateAsync({
        questionId: question.id,
        answer: values.answer.trim(),
        addToFaq: values.addToFaq,
        pointIds: values.addToFaq ? (values.pointIds ?? []) : [],
      });
      void message.success(t(values.addToFaq ? 'course.questions.answeredToFaq' : 'course.questions.answered'));
      onDone();
    } catch (error) {
      feedback.report(error);
    }
  };

  return (
    <Form<AnswerValues>
      form={form}
      layout="vertical"
      className="zyk-qa__reply"
      initialValues={{ answer: '', addToFaq: false, pointIds: [] }}
      onFinish={(values) => void onFinish(values)}
      data-testid="answer-form"
    >
      <FormAlert problem={feedback.alert} onClose={feedback.clear} />
      <Form.Item
        name="answer"
        label={t('course.questions.answerLabel')}
        rules={[
          { required: true, whitespace: true, message: t('course.questions.answerRequired') },
          { max: MAX_ANSWER_LENGTH, message: t('course.questions.answerTooLong', { max: MAX_ANSWER_LENGTH }) },
        ]}
      >
        <Input.TextArea rows={4} count={{ show: true, max: MAX_ANSWER_LENGTH }} placeholder={t('course.questions.answerPlaceholder')} data-testid="answer-input" />
      </Form.Item>
      <Form.Item name="addToFaq" valuePropName="checked" extra={t('course.questions.addToFaqHint')}>
        <Checkbox data-testid="answer-add-to-faq">{t('course.questions.addToFaq')}</Checkbox>
      </Form.Item>
      {addToFaq ? (
        <Form.Item name="pointIds" label={t('course.questions.points')} extra={t('course.questions.pointsHint')}>
          <Select
            mode="multiple"
            allowClear
            options={options}
            loading={graph.isPending}
            optionFilterProp="label"
            placeholder={t('course.questions.pointsPlaceholder')}
            notFoundContent={graph.isPending ? null : t('course.questions.noPoints')}
            data-testid="answer-points"
          />
        </Form.Item>
      ) : null}
      <div className="zyk-qa__reply-actions">
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" icon={<CheckOutlined />} loading={answer.isPending} data-testid="answer-submit">
          {t('course.questions.submitAnswer')}
        </Button>
      </div>
    </Form>
  );
}

/** 不予回答: why (a duplicate, not about the course, other — then a note the asker reads). */
function DismissForm({ courseId, question, onDone }: { courseId: string; question: CourseQuestionData; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DismissValues>();
  const feedback = useFormFeedback(form, { reason: 'reason', note: 'note' });
  const dismiss = useCourseQuestionDismiss(courseId);
  const reason = Form.useWatch('reason', form);

  const onFinish = async (values: DismissValues) => {
    feedback.clear();
    try {
      await dismiss.mutateAsync({ questionId: question.id, reason: values.reason, note: (values.note ?? '').trim() });
      void message.success(t('course.questions.dismissed'));
      onDone();
    } catch (error) {
      feedback.report(error);
    }
  };

  return (
    <Form<DismissValues>
      form={form}
      layout="vertical"
      className="zyk-qa__reply"
      initialValues={{ note: '' }}
      onFinish={(values) => void onFinish(values)}
      data-testid="dismiss-form"
    >
      <FormAlert problem={feedback.alert} onClose={feedback.clear} />
      <Form.Item name="reason" label={t('course.questions.reasonLabel')} rules={[{ required: true, message: t('course.questions.reasonRequired') }]}>
        <Radio.Group data-testid="dismiss-reason">
          {DISMISS_REASONS.map((value) => (
            <Radio key={value} value={value}>
              {t(`course.questions.reason.${value}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="note"
        label={t('course.questions.noteLabel')}
        rules={[{ required: reason === 'OTHER', whitespace: true, message: t('course.questions.noteRequired') }]}
      >
        <Input maxLength={MAX_NOTE_LENGTH} showCount placeholder={t('course.questions.notePlaceholder')} data-testid="dismiss-note" />
      </Form.Item>
      <div className="zyk-qa__reply-actions">
        <Button onClick={onDone}>{t('common.cancel')}</Button>
        <Button danger htmlType="submit" icon={<StopOutlined />} loading={dismiss.isPending} data-testid="dismiss-submit">
          {t('course.questions.submitDismiss')}
        </Button>
      </div>
    </Form>
  );
}

function OpenQuestion({ courseId, question }: { courseId: string; question: CourseQuestionData }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [mode, setMode] = useState<'idle' | 'answer' | 'dismiss'>('idle');
  return (
    <li className="zyk-qa__question" data-testid="open-question" data-question-id={question.id}>
      <p className="zyk-qa__question-text" data-testid="open-question-text">
        {question.text}
      </p>
      <p className="zyk-qa__question-meta zyk-muted">
        {t('course.questions.askedBy', { name: question.askedBy ?? '', date: formatDateTime(question.createdAt, language) })}
      </p>
      {mode === 'idle' ? (
        <div className="zyk-qa__question-actions">
          <Button type="primary" ghost size="small" onClick={() => setMode('answer')} data-testid="question-answer">
            {t('course.questions.answer')}
          </Button>
          <Button size="small" onClick={() => setMode('dismiss')} data-testid="question-dismiss">
            {t('course.questions.dismiss')}
          </Button>
        </div>
      ) : mode === 'answer' ? (
        <AnswerForm courseId={courseId} question={question} onDone={() => setMode('idle')} />
      ) : (
        <DismissForm courseId={courseId} question={question} onDone={() => setMode('idle')} />
      )}
    </li>
  );
}

/**
 * 待回答的提问 for the course team and editors: questions learners posted when the FAQ had no answer,
 * newest first. Each is answered (optionally into the FAQ, with its knowledge points) or dismissed with a
 * reason. Nothing shows for anyone else (the server answers null).
 */
export function CourseOpenQuestions({ courseId, userId }: { courseId: string; userId: string }) {
  const { t } = useTranslation();
  const query = useOpenQuestions(courseId, userId);
  const pages = query.data?.pages ?? [];
  if (query.isPending) return null;
  if (query.isError) return <Alert className="zyk-qa__faq" type="error" showIcon message={query.error.message} />;
  if (pages[0] === null) return null; // not on the course team
  const questions = pages.flatMap((page) => page?.questions ?? []);
  const total = pages[0]?.total ?? 0;
  return (
    <div className="zyk-qa__faq zyk-qa__inbox" data-testid="open-questions">
      <h3 className="zyk-qa__heading">{total ? t('course.questions.openTitleCount', { count: total }) : t('course.questions.openTitle')}</h3>
      <p className="zyk-muted zyk-qa__hint">{t('course.questions.openHint')}</p>
      {questions.length ? (
        <ul className="zyk-qa__questions">
          {questions.map((question) => (
            <OpenQuestion key={question.id} courseId={courseId} question={question} />
          ))}
        </ul>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('course.questions.openEmpty')} />
      )}
      {query.isFetching && !query.isFetchingNextPage ? <Skeleton active title={false} paragraph={{ rows: 1 }} /> : null}
      {query.hasNextPage ? (
        <Button type="link" className="zyk-qa__more" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} data-testid="open-questions-more">
          {t('course.qa.more', { count: total - questions.length })}
        </Button>
      ) : null}
    </div>
  );
}
