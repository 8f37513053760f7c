import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Select, Skeleton, Tabs, Tag } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RichHtml } from '@/components/question/rich-html';
import { MutationFailed } from '@/lib/mutation-result';
import {
  useAttachQuestions,
  useAttachResources,
  useBankSearch,
  useManagedResourceSearch,
  useDetachQuestions,
  useDetachResources,
  usePointQuestions,
  usePointResources,
} from '../api/point-tagging';
import './point-tagging.css';

/** Plain text of item HTML for a picker option (formulas show their LaTeX). */
function textOf(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('[data-latex]').forEach((el) => {
    el.textContent = ` ${el.getAttribute('data-latex') ?? ''} `;
  });
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function useDone() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  return {
    done: (changed: number | null | undefined, key: string) => void message.success(t(key, { count: changed ?? 0 })),
    failed: (error: Error) => void message.error(error instanceof MutationFailed ? error.problems.map((p) => p.message).join(' ') : error.message),
  };
}

/** The picker: search as you type, pick several, add them in one go. */
function Picker({
  placeholder,
  options,
  loading,
  onSearch,
  onAdd,
  busy,
  testId,
}: {
  placeholder: string;
  options: { value: string; label: ReactNode; title: string }[];
  loading: boolean;
  onSearch: (text: string) => void;
  onAdd: (ids: string[]) => Promise<unknown>;
  busy: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <div className="zyk-pt__picker">
      <Select
        mode="multiple"
        showSearch
        filterOption={false}
        placeholder={placeholder}
        value={picked}
        onChange={setPicked}
        onSearch={onSearch}
        onDropdownVisibleChange={(open) => open && onSearch('')}
        loading={loading}
        options={options}
        optionLabelProp="title"
        className="zyk-pt__select"
        data-testid={`${testId}-select`}
        notFoundContent={loading ? <Skeleton.Input active size="small" /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      />
      <Button
        type="primary"
        icon={<PlusOutlined />}
        disabled={!picked.length}
        loading={busy}
        onClick={() => void onAdd(picked).then(() => setPicked([]), () => undefined)}
        data-testid={`${testId}-add`}
      >
        {t('pointTagging.add')}
      </Button>
    </div>
  );
}

function PointQuestions({ courseId, pointId }: { courseId: string; pointId: string }) {
  const { t } = useTranslation();
  const items = usePointQuestions(pointId);
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const bank = useBankSearch(courseId, search, open);
  const attach = useAttachQuestions();
  const detach = useDetachQuestions();
  const { done, failed } = useDone();
  const questions = items.data?.knowledgePoint?.questions ?? [];
  const tagged = new Set(questions.map((q) => q.id));
  const options = (bank.data?.items ?? [])
    .filter((q) => !tagged.has(q.id))
    .map((q) => {
      const text = textOf(q.stem);
      return {
        value: q.id,
        title: text.slice(0, 40),
        label: (
          <span className="zyk-pt__option">
            <Tag bordered={false}>{t(`questionBank.type.${q.questionType}`)}</Tag>
            {text.slice(0, 80)}
          </span>
        ),
      };
    });
  return (
    <div data-testid="point-questions">
      {items.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : questions.length ? (
        <ul className="zyk-pt__list">
          {questions.map((q) => (
            <li key={q.id} className="zyk-pt__row" data-testid="point-question">
              <Link to={`/courses/${courseId}/questions/${q.id}`} className="zyk-pt__stem">
                <RichHtml html={q.stem} inline />
              </Link>
              <span className="zyk-pt__meta">
                <Tag bordered={false}>{t(`questionBank.type.${q.questionType}`)}</Tag>
                <Tag color={q.status === 'PUBLISHED' ? 'green' : 'default'}>{t(`questionBank.status.${q.status}`)}</Tag>
              </span>
              <Button
                data-testid="point-question-remove"
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('pointTagging.remove')}
                loading={detach.isPending && detach.variables?.questionIds.includes(q.id)}
                onClick={() =>
                  detach.mutate(
                    { pointId, questionIds: [q.id] },
                    { onSuccess: (r) => done(r.changed, 'pointTagging.questionsRemoved'), onError: failed },
                  )
                }
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="zyk-muted">{t('pointTagging.noQuestions')}</p>
      )}
      <div onFocus={() => setOpen(true)}>
        <Picker
          placeholder={t('pointTagging.pickQuestions')}
          options={options}
          loading={bank.isFetching}
          onSearch={(text) => {
            setOpen(true);
            setSearch(text);
          }}
          busy={attach.isPending}
          testId="point-questions"
          onAdd={(ids) =>
            attach.mutateAsync({ pointId, questionIds: ids }).then(
              (r) => done(r.changed, 'pointTagging.questionsAdded'),
              (error: Error) => {
                failed(error);
                throw error;
              },
            )
          }
        />
      </div>
      <p className="zyk-pt__links">
        <Link to={`/courses/${courseId}/questions/new`}>{t('pointTagging.newQuestion')}</Link>
        <Link to={`/courses/${courseId}/questions/coverage`}>{t('pointTagging.coverage')}</Link>
      </p>
    </div>
  );
}

function PointResourceTags({ pointId }: { pointId: string }) {
  const { t } = useTranslation();
  const point = usePointResources(pointId);
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const library = useManagedResourceSearch(search, open);
  const attach = useAttachResources();
  const detach = useDetachResources();
  const { done, failed } = useDone();
  const resources = point.data?.knowledgePoint?.resources ?? [];
  const tagged = new Set(resources.map((r) => r.id));
  const options = (library.data?.items ?? [])
    .filter((r) => !tagged.has(r.id))
    .map((r) => ({
      value: r.id,
      title: r.title,
      label: (
        <span className="zyk-pt__option">
          <Tag bordered={false}>{t(`library.type.${r.type}`)}</Tag>
          {r.title}
        </span>
      ),
    }));
  return (
    <div data-testid="point-resource-tags">
      {point.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : resources.length ? (
        <ul className="zyk-pt__list">
          {resources.map((r) => (
            <li key={r.id} className="zyk-pt__row" data-testid="point-tagged-resource">
              <Link to={`/resources/${r.id}`} className="zyk-pt__stem">
                {r.title}
              </Link>
              <span className="zyk-pt__meta">
                <Tag bordered={false}>{t(`library.type.${r.type}`)}</Tag>
              </span>
              <Button
                data-testid="point-resource-remove"
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('pointTagging.remove')}
                loading={detach.isPending && detach.variables?.resourceIds.includes(r.id)}
                onClick={() =>
                  detach.mutate(
                    { pointId, resourceIds: [r.id] },
                    { onSuccess: (res) => done(res.changed, 'pointTagging.resourcesRemoved'), onError: failed },
                  )
                }
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="zyk-muted">{t('course.graph.noResources')}</p>
      )}
      <Picker
        placeholder={t('pointTagging.pickResources')}
        options={options}
        loading={library.isFetching}
        onSearch={(text) => {
          setOpen(true);
          setSearch(text);
        }}
        busy={attach.isPending}
        testId="point-resources"
        onAdd={(ids) =>
          attach.mutateAsync({ pointId, resourceIds: ids }).then(
            (r) => done(r.changed, 'pointTagging.resourcesAdded'),
            (error: Error) => {
              failed(error);
              throw error;
            },
          )
        }
      />
      <p className="zyk-muted zyk-pt__hint">{t('pointTagging.reviewHint')}</p>
    </div>
  );
}

/**
 * The course team's side of two-way tagging (M7, issue 6; C4): from the picked knowledge point, see and
 * attach resources and question-bank items. Published ones get a new draft that goes through review.
 */
export function PointTagging({ courseId, pointId }: { courseId: string; pointId: string }) {
  const { t } = useTranslation();
  return (
    <section className="zyk-pt" data-testid="point-tagging" aria-label={t('pointTagging.title')}>
      <h4 className="zyk-pt__title">{t('pointTagging.title')}</h4>
      <Tabs
        size="small"
        destroyInactiveTabPane
        items={[
          { key: 'questions', label: t('pointTagging.questions'), children: <PointQuestions courseId={courseId} pointId={pointId} /> },
          { key: 'resources', label: t('pointTagging.resources'), children: <PointResourceTags pointId={pointId} /> },
        ]}
      />
    </section>
  );
}
