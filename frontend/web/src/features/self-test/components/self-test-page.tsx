import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Modal, Tag } from 'antd';
import { CheckCircleOutlined, LoadingOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { NotFoundView } from '@/components/feedback/not-found-view';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { QuestionView, type QuestionViewResult } from '@/components/question/question-view';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useLanguage } from '@/hooks/use-language';
import { formatDateTime } from '@/lib/format-date';
import { useAttempt, useAttemptActions, useSelfTestPage, type AttemptItemData } from '../api/self-test';
import './self-test.css';

type Responses = Record<string, unknown>;
type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

const SAVE_DELAY_MS = 600;

/** A practical task's `{text, files}` counts once either has something. */
const isHandIn = (value: unknown): value is { text?: unknown; files?: unknown[] } =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && 'files' in (value as object) && 'text' in (value as object);

const answered = (value: unknown): boolean =>
  isHandIn(value) ? Boolean(value.text) || (Array.isArray(value.files) && value.files.length > 0) :
  value !== null &&
  value !== undefined &&
  value !== '' &&
  !(Array.isArray(value) && value.every((v) => v === '' || v === null)) &&
  !(typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0);

function initialResponses(items: AttemptItemData[]): Responses {
  const out: Responses = {};
  for (const item of items) {
    if (item.response !== null && item.response !== undefined) out[item.id] = item.response;
    for (const part of item.subQuestions ?? []) if (part.response !== null && part.response !== undefined) out[part.id] = part.response;
  }
  return out;
}

function resultOf(item: AttemptItemData): QuestionViewResult | null {
  if (!item.result) return null;
  const r = item.result;
  const parts: Record<string, QuestionViewResult> = {};
  for (const part of item.subQuestions ?? []) {
    const sub = resultOf(part);
    if (sub) parts[part.id] = sub;
  }
  return {
    points: r.points,
    maxPoints: r.maxPoints,
    correct: r.correct,
    needsGrading: r.needsGrading,
    key: (r.answerKey as Record<string, unknown> | null) ?? null,
    referenceAnswer: r.referenceAnswer,
    explanation: r.explanation,
    parts,
  };
}

function isItemAnswered(item: AttemptItemData, responses: Responses) {
  const parts = item.subQuestions ?? [];
  return parts.length ? parts.every((p) => answered(responses[p.id])) : answered(responses[item.id]);
}

/** The answering view of an attempt in progress: autosave per item, numbered chips, submit with confirmation. */
function AttemptForm({ paperId, attemptId, items, onSubmitted }: { paperId: string; attemptId: string; items: AttemptItemData[]; onSubmitted: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const { save, submit } = useAttemptActions(paperId);
  const [responses, setResponses] = useState<Responses>(() => initialResponses(items));
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const pending = useRef(new Map<string, unknown>());
  const inFlight = useRef(new Set<Promise<unknown>>());
  const [submitError, setSubmitError] = useState<string | null>(null);

  const flushOne = useCallback(
    (questionId: string) => {
      timers.current.delete(questionId);
      if (!pending.current.has(questionId)) return Promise.resolve();
      const response = pending.current.get(questionId);
      pending.current.delete(questionId);
      setSaveState('saving');
      const request = save
        .mutateAsync({ attemptId, questionId, response: response ?? null })
        .then((payload) => {
          setSavedAt(payload.savedAt ?? new Date().toISOString());
          if (pending.current.size === 0) setSaveState('saved');
        })
        .catch(() => {
          pending.current.set(questionId, response);
          setSaveState('failed');
        })
        .finally(() => inFlight.current.delete(request));
      inFlight.current.add(request);
      return request;
    },
    [attemptId, save],
  );

  const flushAll = useCallback(async () => {
    for (const [questionId, timer] of timers.current) {
      clearTimeout(timer);
      void flushOne(questionId);
    }
    for (const questionId of [...pending.current.keys()]) void flushOne(questionId);
    await Promise.all([...inFlight.current]);
  }, [flushOne]);

  useEffect(() => {
    const current = timers.current;
    return () => current.forEach((timer) => clearTimeout(timer));
  }, []);

  const change = (questionId: string, value: unknown) => {
    setResponses((old) => ({ ...old, [questionId]: value }));
    pending.current.set(questionId, value);
    setSaveState('saving');
    const old = timers.current.get(questionId);
    if (old) clearTimeout(old);
    timers.current.set(
      questionId,
      setTimeout(() => void flushOne(questionId), SAVE_DELAY_MS),
    );
  };

  const changeItem = (item: AttemptItemData, value: unknown) => {
    const parts = item.subQuestions ?? [];
    if (!parts.length) return change(item.id, value);
    const next = (value ?? {}) as Responses;
    for (const part of parts) if (next[part.id] !== responses[part.id]) change(part.id, next[part.id]);
  };

  const answeredCount = items.filter((item) => isItemAnswered(item, responses)).length;
  const unanswered = items.length - answeredCount;

  const confirmSubmit = () => {
    Modal.confirm({
      title: t('selfTest.submitConfirm.title'),
      content: unanswered ? t('selfTest.submitConfirm.unanswered', { count: unanswered }) : t('selfTest.submitConfirm.text'),
      okText: t('selfTest.submit'),
      cancelText: t('selfTest.submitConfirm.cancel'),
      okButtonProps: { 'data-testid': 'self-test-submit-ok' } as never,
      onOk: async () => {
        setSubmitError(null);
        await flushAll();
        if (pending.current.size) {
          setSubmitError(t('selfTest.saveFailed'));
          return;
        }
        try {
          await submit.mutateAsync({ attemptId });
          onSubmitted();
        } catch (error) {
          setSubmitError(error instanceof Error ? error.message : t('errors.unknown'));
        }
      },
    });
  };

  return (
    <div className="zyk-st__attempt" data-testid="self-test-attempt">
      <div className="zyk-st__bar zyk-card">
        <span data-testid="self-test-progress">{t('selfTest.progress', { answered: answeredCount, total: items.length })}</span>
        <span className={`zyk-st__save zyk-st__save--${saveState}`} data-testid="self-test-save-state" aria-live="polite">
          {saveState === 'saving' ? (
            <>
              <LoadingOutlined aria-hidden /> {t('selfTest.saving')}
            </>
          ) : saveState === 'saved' ? (
            <>
              <CheckCircleOutlined aria-hidden /> {t('selfTest.saved', { time: new Date(savedAt ?? Date.now()).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }) })}
            </>
          ) : saveState === 'failed' ? (
            <>
              <WarningOutlined aria-hidden /> {t('selfTest.saveFailed')}
            </>
          ) : null}
        </span>
        <Button type="primary" onClick={confirmSubmit} loading={submit.isPending} data-testid="self-test-submit">
          {t('selfTest.submit')}
        </Button>
      </div>
      <nav className="zyk-st__chips" aria-label={t('selfTest.itemNav')}>
        {items.map((item, i) => (
          <a
            key={item.id}
            href={`#item-${item.id}`}
            className={`zyk-st__chip ${isItemAnswered(item, responses) ? 'is-answered' : ''}`}
            onClick={(event) => {
              event.preventDefault();
              document.getElementById(`item-${item.id}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
            }}
          >
            {i + 1}
          </a>
        ))}
      </nav>
      {submitError ? <Alert type="error" showIcon message={submitError} data-testid="self-test-submit-error" /> : null}
      <ol className="zyk-st__items">
        {items.map((item, i) => (
          <li key={item.id} id={`item-${item.id}`} className="zyk-card zyk-st__item">
            <QuestionView
              number={`${i + 1}.`}
              item={item}
              response={item.subQuestions?.length ? Object.fromEntries(item.subQuestions.map((p) => [p.id, responses[p.id]])) : responses[item.id]}
              onChange={(value) => changeItem(item, value)}
              attemptId={attemptId}
            />
          </li>
        ))}
      </ol>
      <div className="zyk-st__footer">
        <Button type="primary" size="large" onClick={confirmSubmit} loading={submit.isPending}>
          {t('selfTest.submit')}
        </Button>
      </div>
    </div>
  );
}

function AttemptResults({ items, attemptId }: { items: AttemptItemData[]; attemptId: string }) {
  return (
    <ol className="zyk-st__items" data-testid="self-test-results">
      {items.map((item, i) => (
        <li key={item.id} className="zyk-card zyk-st__item">
          <QuestionView
            number={`${i + 1}.`}
            item={item}
            readOnly
            response={item.subQuestions?.length ? Object.fromEntries(item.subQuestions.map((p) => [p.id, p.response])) : item.response}
            result={resultOf(item)}
            attemptId={attemptId}
          />
        </li>
      ))}
    </ol>
  );
}

/** `/self-tests/:paperId`: start or resume, answer with autosave, submit, results and history (issue 7: L5). */
export function SelfTestPage({ paperId, userId }: { paperId: string; userId: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [search, setSearch] = useSearchParams();
  const page = useSelfTestPage(paperId, userId);
  const attemptId = search.get('attempt');
  const attempt = useAttempt(attemptId && /^\d{1,12}$/.test(attemptId) ? attemptId : null);
  const { start } = useAttemptActions(paperId);
  const [startError, setStartError] = useState<string | null>(null);
  const paper = page.data?.paper;
  useDocumentTitle(paper ? t('selfTest.documentTitle', { title: paper.title }) : undefined);
  const history = useMemo(() => page.data?.attemptHistory ?? [], [page.data]);

  if (page.isPending) return <PageSkeleton cards={2} />;
  if (page.isError) return <ErrorState error={page.error} onRetry={() => void page.refetch()} />;
  if (!paper) return <NotFoundView />;

  const begin = async () => {
    setStartError(null);
    try {
      const payload = await start.mutateAsync({ paperId });
      if (payload.attempt) setSearch({ attempt: payload.attempt.id });
    } catch (error) {
      setStartError(error instanceof Error ? error.message : t('errors.unknown'));
    }
  };

  const current = attempt.data;
  const inProgress = current?.state === 'IN_PROGRESS';
  const limitReached = paper.maxAttempts !== null && paper.maxAttempts !== undefined && paper.myAttemptCount >= paper.maxAttempts && !paper.myOpenAttemptId;

  return (
    <div className="zyk-container zyk-page zyk-st" data-testid="self-test-page">
      <header className="zyk-st__head">
        {paper.course ? (
          <Link to={`/courses/${paper.course.id}`} className="zyk-muted">
            {paper.course.name}
          </Link>
        ) : null}
        <h1 className="zyk-st__title">{paper.title}</h1>
        <p className="zyk-muted zyk-st__meta">
          {t('selfTest.meta', { count: paper.itemCount, total: paper.totalScore })}
          {paper.module ? ` · ${paper.module.title}` : ''}
          {' · '}
          <span data-testid="self-test-best">
            {paper.myBestScore !== null && paper.myBestScore !== undefined ? t('selfTest.best', { score: paper.myBestScore }) : t('selfTest.noBest')}
          </span>
        </p>
      </header>

      {attemptId && attempt.isPending ? <PageSkeleton cards={1} /> : null}
      {attemptId && attempt.isError ? <ErrorState error={attempt.error} onRetry={() => void attempt.refetch()} /> : null}
      {attemptId && attempt.isSuccess && !current ? <Alert type="warning" showIcon message={t('selfTest.attemptMissing')} /> : null}

      {current && inProgress ? (
        <AttemptForm
          key={current.id}
          paperId={paperId}
          attemptId={current.id}
          items={current.items as AttemptItemData[]}
          onSubmitted={() => {
            void attempt.refetch();
            void page.refetch();
          }}
        />
      ) : null}

      {current && !inProgress ? (
        <section className="zyk-st__result-section">
          <div className="zyk-card zyk-st__score" data-testid="self-test-score">
            <div className="zyk-st__score-main">
              {t('selfTest.scoreLine', { number: current.number, score: current.score ?? '—', max: current.maxScore })}
            </div>
            {current.state === 'SUBMITTED' ? <Tag color="orange">{t('selfTest.state.SUBMITTED')}</Tag> : null}
            <Button onClick={() => setSearch({})}>{t('selfTest.backToOverview')}</Button>
          </div>
          <AttemptResults items={current.items as AttemptItemData[]} attemptId={current.id} />
        </section>
      ) : null}

      {!current ? (
        <section className="zyk-card zyk-st__start">
          <p>{t('selfTest.intro')}</p>
          {startError ? <Alert type="error" showIcon message={startError} /> : null}
          <Button type="primary" size="large" onClick={() => void begin()} loading={start.isPending} disabled={limitReached} data-testid="self-test-start">
            {paper.myOpenAttemptId ? t('selfTest.resume') : paper.myAttemptCount ? t('selfTest.again') : t('selfTest.start')}
          </Button>
          {limitReached ? <p className="zyk-muted">{t('selfTest.limitReached', { count: paper.maxAttempts ?? 0 })}</p> : null}
        </section>
      ) : null}

      {!inProgress ? (
        <section className="zyk-card zyk-st__history" data-testid="self-test-history">
          <h2>{t('selfTest.history')}</h2>
          {history.length === 0 ? (
            <p className="zyk-muted">{t('selfTest.noHistory')}</p>
          ) : (
            <ul className="zyk-st__history-list">
              {history.map((row) => (
                <li key={row.id} data-testid="self-test-history-row" data-state={row.state}>
                  <span>{t('selfTest.attemptNumber', { number: row.number })}</span>
                  <span>
                    {row.state === 'IN_PROGRESS'
                      ? t('selfTest.state.IN_PROGRESS')
                      : t('selfTest.historyScore', { score: row.score ?? '—', max: row.maxScore })}
                  </span>
                  <span className="zyk-muted">{formatDateTime(row.submittedAt ?? row.startedAt, language)}</span>
                  <Link to={`?attempt=${row.id}`}>{row.state === 'IN_PROGRESS' ? t('selfTest.resume') : t('selfTest.view')}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
