import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Input, InputNumber, Pagination, Popconfirm, Radio, Select, Tag } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/feedback/error-state';
import { PageSkeleton } from '@/components/feedback/page-skeleton';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { QUESTION_TYPES } from '@/lib/question-types';
import {
  useBankPicker,
  useCoursePapers,
  usePaperSave,
  useRulesCheck,
  type PaperEdit,
  type PaperInput,
  type PaperRuleInput,
  type QuestionType,
} from '../api/self-test';
import './self-test.css';

const plain = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

interface ItemRow {
  questionId: string;
  stem: string;
  questionType: QuestionType;
  score: number;
}

interface Draft {
  id: string | null;
  title: string;
  kind: 'FIXED' | 'RANDOM';
  moduleId: string | null;
  open: boolean;
  shuffleItems: boolean;
  shuffleOptions: boolean;
  maxAttempts: number | null;
  items: ItemRow[];
  rules: PaperRuleInput[];
}

const emptyDraft = (): Draft => ({
  id: null,
  title: '',
  kind: 'FIXED',
  moduleId: null,
  open: false,
  shuffleItems: true,
  shuffleOptions: true,
  maxAttempts: null,
  items: [],
  rules: [],
});

function draftOf(paper: PaperEdit): Draft {
  return {
    id: paper.id,
    title: paper.title,
    kind: paper.kind,
    moduleId: paper.module?.id ?? null,
    open: paper.open,
    shuffleItems: paper.shuffleItems,
    shuffleOptions: paper.shuffleOptions,
    maxAttempts: paper.maxAttempts ?? null,
    items: paper.items.map((i) => ({ questionId: i.question.id, stem: i.question.stem, questionType: i.question.questionType, score: i.score })),
    rules: paper.rules.map((r) => ({
      questionType: r.questionType,
      count: r.count,
      scoreEach: r.scoreEach,
      moduleId: r.module?.id ?? null,
      knowledgePointId: r.knowledgePoint?.id ?? null,
      difficulty: r.difficulty ?? null,
    })),
  };
}

function inputOf(draft: Draft): PaperInput {
  return {
    title: draft.title,
    kind: draft.kind,
    moduleId: draft.moduleId,
    open: draft.open,
    shuffleItems: draft.shuffleItems,
    shuffleOptions: draft.shuffleOptions,
    maxAttempts: draft.maxAttempts,
    items: draft.kind === 'FIXED' ? draft.items.map((i) => ({ questionId: i.questionId, score: i.score })) : [],
    rules: draft.kind === 'RANDOM' ? draft.rules : [],
  };
}

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return current;
}

type Option = { value: string; label: string };

function BankPicker({ courseId, modules, chosen, onAdd }: { courseId: string; modules: Option[]; chosen: Set<string>; onAdd: (row: ItemRow) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [questionType, setType] = useState<QuestionType | undefined>();
  const [moduleId, setModule] = useState<string | undefined>();
  const [offset, setOffset] = useState(0);
  const debounced = useDebounced(search, 300);
  const bank = useBankPicker(courseId, { search: debounced, questionType, moduleId, offset }, true);
  return (
    <div className="zyk-pe__picker" data-testid="paper-bank-picker">
      <h4>{t('selfTest.editor.pickTitle')}</h4>
      <div className="zyk-pe__filters">
        <Input.Search allowClear placeholder={t('selfTest.editor.search')} value={search} onChange={(e) => (setSearch(e.target.value), setOffset(0))} />
        <Select allowClear placeholder={t('selfTest.editor.anyType')} value={questionType} onChange={(v) => (setType(v), setOffset(0))} options={QUESTION_TYPES.map((v) => ({ value: v, label: t(`questionView.type.${v.toLowerCase()}`) }))} />
        <Select allowClear placeholder={t('selfTest.editor.anyModule')} value={moduleId} onChange={(v) => (setModule(v), setOffset(0))} options={modules} />
      </div>
      {bank.isError ? <ErrorState error={bank.error} /> : null}
      {bank.data && bank.data.items.length === 0 ? <p className="zyk-muted">{t('selfTest.editor.noPublished')}</p> : null}
      {bank.data?.items.map((item) => (
        <div key={item.id} className="zyk-pe__row" data-testid="paper-bank-item">
          <Tag>{t(`questionView.type.${item.questionType.toLowerCase()}`)}</Tag>
          <span className="zyk-pe__stem" title={plain(item.stem)}>
            {plain(item.stem)}
          </span>
          <span className="zyk-muted">{t('questionView.score', { score: item.score })}</span>
          <Button size="small" icon={<PlusOutlined />} disabled={chosen.has(item.id)} onClick={() => onAdd({ questionId: item.id, stem: item.stem, questionType: item.questionType, score: item.score })}>
            {chosen.has(item.id) ? t('selfTest.editor.added') : t('selfTest.editor.add')}
          </Button>
        </div>
      ))}
      {bank.data && bank.data.totalCount > 10 ? (
        <Pagination size="small" simple current={offset / 10 + 1} pageSize={10} total={bank.data.totalCount} onChange={(p) => setOffset((p - 1) * 10)} />
      ) : null}
    </div>
  );
}

function RulesEditor({ courseId, rules, modules, points, onChange }: { courseId: string; rules: PaperRuleInput[]; modules: Option[]; points: Option[]; onChange: (rules: PaperRuleInput[]) => void }) {
  const { t } = useTranslation();
  const debounced = useDebounced(rules, 400);
  const check = useRulesCheck(courseId, debounced, true);
  const set = (i: number, patch: Partial<PaperRuleInput>) => onChange(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const difficulties = [1, 2, 3, 4, 5].map((d) => ({ value: d, label: t(`selfTest.difficulty.${d}`) }));
  return (
    <div data-testid="paper-rules">
      {rules.map((rule, i) => (
        <div key={i} className="zyk-pe__row" data-testid="paper-rule">
          <span>{t('selfTest.editor.ruleN', { n: i + 1 })}</span>
          <Select style={{ minWidth: 120 }} value={rule.questionType} onChange={(v) => set(i, { questionType: v })} options={QUESTION_TYPES.map((v) => ({ value: v, label: t(`questionView.type.${v.toLowerCase()}`) }))} aria-label={t('selfTest.editor.type')} data-testid="paper-rule-type" />
          <Select style={{ minWidth: 120 }} allowClear placeholder={t('selfTest.editor.anyModule')} value={rule.moduleId ?? undefined} onChange={(v) => set(i, { moduleId: v ?? null })} options={modules} data-testid="paper-rule-module" />
          <Select style={{ minWidth: 120 }} allowClear showSearch optionFilterProp="label" placeholder={t('selfTest.editor.anyPoint')} value={rule.knowledgePointId ?? undefined} onChange={(v) => set(i, { knowledgePointId: v ?? null })} options={points} data-testid="paper-rule-point" />
          <Select style={{ minWidth: 100 }} allowClear placeholder={t('selfTest.editor.anyDifficulty')} value={rule.difficulty ?? undefined} onChange={(v) => set(i, { difficulty: v ?? null })} options={difficulties} data-testid="paper-rule-difficulty" />
          <InputNumber min={1} max={200} value={rule.count} onChange={(v) => set(i, { count: v ?? 1 })} addonAfter={t('selfTest.editor.countUnit')} aria-label={t('selfTest.editor.count')} />
          <InputNumber min={0.5} max={1000} step={0.5} value={rule.scoreEach} onChange={(v) => set(i, { scoreEach: v ?? 1 })} addonAfter={t('selfTest.editor.scoreEachUnit')} aria-label={t('selfTest.editor.scoreEach')} />
          <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('selfTest.editor.remove')} onClick={() => onChange(rules.filter((_r, j) => j !== i))} />
        </div>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => onChange([...rules, { questionType: 'SINGLE', count: 1, scoreEach: 1 }])} data-testid="paper-rule-add">
        {t('selfTest.editor.addRule')}
      </Button>
      {rules.length > 0 && check.data ? (
        <Alert
          style={{ marginTop: 8 }}
          type={check.data.ok ? 'success' : 'error'}
          showIcon
          data-testid="paper-rules-check"
          message={check.data.ok ? t('selfTest.editor.rulesOk') : check.data.message}
        />
      ) : null}
    </div>
  );
}

function PaperEditor({ courseId, initial, modules, points, onDone }: { courseId: string; initial: Draft; modules: Option[]; points: Option[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(initial);
  const [error, setError] = useState<string | null>(null);
  const { create, update } = usePaperSave(courseId);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const chosen = useMemo(() => new Set(draft.items.map((i) => i.questionId)), [draft.items]);
  const total =
    draft.kind === 'FIXED' ? draft.items.reduce((s, i) => s + (i.score || 0), 0) : draft.rules.reduce((s, r) => s + (r.scoreEach || 0) * (r.count || 0), 0);
  const save = async () => {
    setError(null);
    try {
      if (draft.id) await update.mutateAsync({ id: draft.id, input: inputOf(draft) });
      else await create.mutateAsync({ courseId, input: inputOf(draft) });
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : t('errors.unknown'));
    }
  };
  return (
    <section className="zyk-card zyk-pe__editor" data-testid="paper-editor">
      <h3>{draft.id ? t('selfTest.editor.editTitle') : t('selfTest.editor.newTitle')}</h3>
      <div className="zyk-pe__filters">
        <Input placeholder={t('selfTest.editor.title')} aria-label={t('selfTest.editor.title')} maxLength={128} value={draft.title} onChange={(e) => set({ title: e.target.value })} data-testid="paper-title" />
        <Select allowClear placeholder={t('selfTest.editor.wholeCourse')} value={draft.moduleId ?? undefined} onChange={(v) => set({ moduleId: v ?? null })} options={modules} aria-label={t('selfTest.editor.module')} />
      </div>
      <Radio.Group value={draft.kind} onChange={(e) => set({ kind: e.target.value })} optionType="button">
        <Radio value="FIXED" data-testid="paper-kind-fixed">
          {t('selfTest.editor.fixed')}
        </Radio>
        <Radio value="RANDOM" data-testid="paper-kind-random">
          {t('selfTest.editor.random')}
        </Radio>
      </Radio.Group>
      <div className="zyk-pe__filters">
        <Checkbox checked={draft.shuffleItems} onChange={(e) => set({ shuffleItems: e.target.checked })}>
          {t('selfTest.editor.shuffleItems')}
        </Checkbox>
        <Checkbox checked={draft.shuffleOptions} onChange={(e) => set({ shuffleOptions: e.target.checked })}>
          {t('selfTest.editor.shuffleOptions')}
        </Checkbox>
        <InputNumber min={1} max={100} placeholder={t('selfTest.editor.unlimited')} value={draft.maxAttempts} onChange={(v) => set({ maxAttempts: v ?? null })} addonBefore={t('selfTest.editor.maxAttempts')} />
        <Checkbox checked={draft.open} onChange={(e) => set({ open: e.target.checked })} data-testid="paper-open">
          {t('selfTest.editor.open')}
        </Checkbox>
      </div>
      {draft.kind === 'FIXED' ? (
        <>
          <h4>{t('selfTest.editor.chosen', { count: draft.items.length })}</h4>
          {draft.items.map((item, i) => (
            <div key={item.questionId} className="zyk-pe__row" data-testid="paper-item">
              <span>{i + 1}.</span>
              <Tag>{t(`questionView.type.${item.questionType.toLowerCase()}`)}</Tag>
              <span className="zyk-pe__stem">{plain(item.stem)}</span>
              <InputNumber min={0.5} max={1000} step={0.5} value={item.score} addonAfter={t('selfTest.editor.points')} aria-label={t('selfTest.editor.score')} onChange={(v) => set({ items: draft.items.map((r, j) => (j === i ? { ...r, score: v ?? r.score } : r)) })} />
              <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('selfTest.editor.remove')} onClick={() => set({ items: draft.items.filter((_r, j) => j !== i) })} />
            </div>
          ))}
          <BankPicker courseId={courseId} modules={modules} chosen={chosen} onAdd={(row) => set({ items: [...draft.items, row] })} />
        </>
      ) : (
        <RulesEditor courseId={courseId} rules={draft.rules} modules={modules} points={points} onChange={(rules) => set({ rules })} />
      )}
      <p className="zyk-pe__total" data-testid="paper-total">
        {t('selfTest.editor.total', { total })}
      </p>
      {error ? <Alert type="error" showIcon message={error} data-testid="paper-error" style={{ marginBottom: 8 }} /> : null}
      <div className="zyk-pe__filters" style={{ justifyContent: 'flex-end' }}>
        <Button onClick={onDone}>{t('selfTest.editor.cancel')}</Button>
        <Button type="primary" onClick={() => void save()} loading={create.isPending || update.isPending} data-testid="paper-save">
          {t('selfTest.editor.save')}
        </Button>
      </div>
    </section>
  );
}

/** `/courses/:id/papers`: the course team's self-test papers — list, fixed or random editor, open/close. */
export function PaperEditorPage({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const query = useCoursePapers(courseId);
  const [editing, setEditing] = useState<Draft | null>(null);
  const { remove } = usePaperSave(courseId);
  const [error, setError] = useState<string | null>(null);
  const course = query.data?.course;
  useDocumentTitle(course ? t('selfTest.editor.documentTitle', { name: course.name }) : undefined);
  if (query.isPending) return <PageSkeleton cards={2} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!course) return <ErrorState error={new Error(t('errors.unknown'))} />;
  const modules = course.outline.map((m) => ({ value: m.id, label: m.title }));
  const points = course.graph.nodes.map((n) => ({ value: n.point.id, label: n.point.name }));
  const papers = query.data.coursePapers;
  return (
    <div className="zyk-container zyk-page zyk-st" data-testid="paper-editor-page">
      <header className="zyk-st__head">
        <Link to={`/courses/${course.id}`} className="zyk-muted">
          {course.name}
        </Link>
        <h1 className="zyk-st__title">{t('selfTest.editor.heading')}</h1>
      </header>
      {editing ? (
        <PaperEditor key={editing.id ?? 'new'} courseId={courseId} initial={editing} modules={modules} points={points} onDone={() => setEditing(null)} />
      ) : (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(emptyDraft())} data-testid="paper-new" style={{ marginBottom: 12 }}>
          {t('selfTest.editor.new')}
        </Button>
      )}
      {error ? <Alert type="error" showIcon message={error} closable onClose={() => setError(null)} style={{ marginBottom: 8 }} /> : null}
      <section className="zyk-card zyk-st__history">
        {papers.length === 0 ? <p className="zyk-muted">{t('selfTest.editor.none')}</p> : null}
        <ul className="zyk-st__list">
          {papers.map((paper) => (
            <li key={paper.id} data-testid="paper-row">
              <span className="zyk-st__list-title">{paper.title}</span>
              <Tag>{paper.kind === 'FIXED' ? t('selfTest.editor.fixed') : t('selfTest.editor.random')}</Tag>
              <Tag color={paper.open ? 'green' : 'default'}>{paper.open ? t('selfTest.editor.isOpen') : t('selfTest.editor.isClosed')}</Tag>
              <span className="zyk-muted">{t('selfTest.meta', { count: paper.itemCount, total: paper.totalScore })}</span>
              <Button size="small" onClick={() => setEditing(draftOf(paper))}>
                {t('selfTest.editor.edit')}
              </Button>
              {paper.open ? <Link to={`/self-tests/${paper.id}`}>{t('selfTest.editor.try')}</Link> : null}
              <Popconfirm
                title={t('selfTest.editor.deleteConfirm')}
                onConfirm={async () => {
                  try {
                    await remove.mutateAsync({ id: paper.id });
                  } catch (e) {
                    setError(e instanceof Error ? e.message : t('errors.unknown'));
                  }
                }}
              >
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('selfTest.editor.delete')} />
              </Popconfirm>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
