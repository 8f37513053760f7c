import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Button, Checkbox, Input, Radio, Select, Tag } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { renderFormulas } from './render-formulas';
import { PracticalFiles, TeacherAttachments } from './practical-files';
import { practicalResponse } from './practical-response';
import { RichHtml } from './rich-html';
import './question-view.css';

/** Item types as the server names them (`QuestionType` enum values, either case). */
export type QuestionKind =
  | 'single'
  | 'multiple'
  | 'true_false'
  | 'fill_blank'
  | 'short_answer'
  | 'essay'
  | 'matching'
  | 'ordering'
  | 'case'
  | 'practical';

interface Keyed {
  key: string;
  text: string;
}

/**
 * One item as a learner sees it. `content` has the shape of the bank's answer key (cms/questions/content.py)
 * — options / left / right / items (in the order to show), blanks (only their number is read here),
 * instructions, submission, rubric — and any answer fields in it are ignored: the key is shown only
 * through `result.key`. The bank's `Question` (editor preview) and an attempt's item both fit.
 */
export interface QuestionViewItem {
  id: string;
  questionType: string;
  stem: string;
  score?: number | null;
  content?: Record<string, unknown> | null;
  subQuestions?: QuestionViewItem[] | null;
}

/** How an answered item came out (after submit, or the editor's preview with the key). */
export interface QuestionViewResult {
  points?: number | null;
  maxPoints?: number | null;
  correct?: boolean | null;
  needsGrading?: boolean;
  /** The answer key (the item's `content` with `answer` / blanks' `answers`), to show the right answer. */
  key?: Record<string, unknown> | null;
  referenceAnswer?: string | null;
  explanation?: string | null;
  /** A case analysis's parts, by sub-question id. */
  parts?: Record<string, QuestionViewResult>;
}

export interface QuestionViewProps {
  item: QuestionViewItem;
  /**
   * The learner's response in the scorer's shape (cms/questions/scoring.py): single → option key, multiple →
   * keys, true_false → boolean, fill_blank → texts, matching → {left: right}, ordering → keys in order,
   * short answer / essay → text, practical → `{text, files}` (a plain string is read as the text). A case
   * analysis: `{[subQuestionId]: response}`.
   */
  response?: unknown;
  onChange?: (response: unknown) => void;
  readOnly?: boolean;
  result?: QuestionViewResult | null;
  /** Shown before the stem, e.g. "3." */
  number?: ReactNode;
  /**
   * The learner's attempt: practical tasks then take files, photos and videos (uploaded at once to
   * /questions/attempts/…) and list them as download links. Without it (the editor's preview) there is no upload.
   */
  attemptId?: string;
}

const BLANK_MARK = /_{3,}/g;

const normaliseKind = (type: string): QuestionKind => type.toLowerCase() as QuestionKind;

function keyedList(content: Record<string, unknown> | null | undefined, name: string): Keyed[] {
  const value = content?.[name];
  return Array.isArray(value)
    ? value.filter((row): row is Keyed => Boolean(row) && typeof row === 'object' && 'key' in row).map((row) => ({
        key: String(row.key),
        text: String(row.text ?? ''),
      }))
    : [];
}

function blankCount(content: Record<string, unknown> | null | undefined, stem: string): number {
  const blanks = content?.blanks;
  if (Array.isArray(blanks)) return blanks.length;
  if (typeof blanks === 'number') return blanks;
  return (stem.match(BLANK_MARK) ?? []).length;
}

/** The stem with an input in place of each ____ mark; inputs without a mark go below it. */
function BlankStem({
  stem,
  count,
  values,
  readOnly,
  onChange,
}: {
  stem: string;
  count: number;
  values: string[];
  readOnly: boolean;
  onChange: (values: string[]) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [slots, setSlots] = useState<HTMLElement[]>([]);
  let index = 0;
  const html = stem.replace(BLANK_MARK, () => {
    const slot = index < count ? `<span class="zyk-qv__slot" data-blank="${index}"></span>` : '____';
    index += 1;
    return slot;
  });
  useLayoutEffect(() => {
    if (!ref.current) return;
    renderFormulas(ref.current);
    setSlots(Array.from(ref.current.querySelectorAll<HTMLElement>('[data-blank]')));
  }, [html]);
  const input = (i: number) => (
    <Input
      key={i}
      size="small"
      className="zyk-qv__blank"
      aria-label={t('questionView.blank', { n: i + 1 })}
      data-testid="qv-blank"
      value={values[i] ?? ''}
      disabled={readOnly}
      maxLength={500}
      onChange={(event) => {
        const next = Array.from({ length: count }, (_unused, j) => values[j] ?? '');
        next[i] = event.target.value;
        onChange(next);
      }}
    />
  );
  const placed = new Set(slots.map((slot) => Number(slot.dataset.blank)));
  const rest = Array.from({ length: count }, (_unused, i) => i).filter((i) => !placed.has(i));
  return (
    <>
      <div ref={ref} className="zyk-rich-text zyk-question-html zyk-qv__stem" dangerouslySetInnerHTML={{ __html: html }} />
      {slots.map((slot) => createPortal(input(Number(slot.dataset.blank)), slot, `blank-${slot.dataset.blank}`))}
      {rest.length > 0 ? (
        <ol className="zyk-qv__blank-list">
          {rest.map((i) => (
            <li key={i}>{input(i)}</li>
          ))}
        </ol>
      ) : null}
    </>
  );
}

function keyText(key: string, rows: Keyed[]) {
  return rows.find((row) => row.key === key)?.text ?? key;
}

/** The right answer, from the key, in words. */
function RightAnswer({ kind, item, keyContent }: { kind: QuestionKind; item: QuestionViewItem; keyContent: Record<string, unknown> }) {
  const { t } = useTranslation();
  const answer = keyContent.answer;
  const content = item.content ?? keyContent;
  let body: ReactNode = null;
  if ((kind === 'single' || kind === 'multiple') && answer !== undefined) {
    body = (Array.isArray(answer) ? answer : [answer]).map(String).join('、');
  } else if (kind === 'true_false' && typeof answer === 'boolean') {
    body = answer ? t('questionView.true') : t('questionView.false');
  } else if (kind === 'fill_blank' && Array.isArray(keyContent.blanks)) {
    body = (
      <ol className="zyk-qv__key-list">
        {(keyContent.blanks as { answers?: string[] }[]).map((blank, i) => (
          <li key={i}>{(blank.answers ?? []).join(t('questionView.or'))}</li>
        ))}
      </ol>
    );
  } else if (kind === 'matching' && answer && typeof answer === 'object') {
    const left = keyedList(content, 'left');
    const right = keyedList(content, 'right');
    body = (
      <ul className="zyk-qv__key-list">
        {Object.entries(answer as Record<string, string>).map(([l, r]) => (
          <li key={l}>
            <RichHtml inline html={keyText(l, left)} /> → <RichHtml inline html={keyText(r, right)} />
          </li>
        ))}
      </ul>
    );
  } else if (kind === 'ordering' && Array.isArray(answer)) {
    const rows = keyedList(content, 'items');
    body = (
      <ol className="zyk-qv__key-list">
        {answer.map((key) => (
          <li key={String(key)}>
            <RichHtml inline html={keyText(String(key), rows)} />
          </li>
        ))}
      </ol>
    );
  }
  if (body === null) return null;
  return (
    <div className="zyk-qv__right" data-testid="qv-right-answer">
      <span className="zyk-qv__label">{t('questionView.rightAnswer')}</span>
      {body}
    </div>
  );
}

function ResultPanel({ kind, item, result }: { kind: QuestionKind; item: QuestionViewItem; result: QuestionViewResult }) {
  const { t } = useTranslation();
  const points = result.points;
  const status = result.needsGrading
    ? { color: 'orange', label: t('questionView.waiting') }
    : result.correct
      ? { color: 'green', label: t('questionView.correct') }
      : points
        ? { color: 'gold', label: t('questionView.partly') }
        : { color: 'red', label: t('questionView.wrong') };
  return (
    <div className="zyk-qv__result" data-testid="qv-result" data-correct={String(Boolean(result.correct))}>
      <div className="zyk-qv__result-head">
        <Tag color={status.color}>{status.label}</Tag>
        <span data-testid="qv-points">
          {t('questionView.points', {
            points: points === null || points === undefined ? '—' : points,
            max: result.maxPoints ?? item.score ?? 0,
          })}
        </span>
      </div>
      {kind !== 'case' && result.key ? <RightAnswer kind={kind} item={item} keyContent={result.key} /> : null}
      {result.referenceAnswer ? (
        <div className="zyk-qv__reference" data-testid="qv-reference">
          <span className="zyk-qv__label">{t('questionView.referenceAnswer')}</span>
          <RichHtml html={result.referenceAnswer} />
        </div>
      ) : null}
      {result.explanation ? (
        <div className="zyk-qv__explanation" data-testid="qv-explanation">
          <span className="zyk-qv__label">{t('questionView.explanation')}</span>
          <RichHtml html={result.explanation} />
        </div>
      ) : null}
    </div>
  );
}

function optionClass(key: string, chosen: boolean, keyContent: Record<string, unknown> | null | undefined) {
  if (!keyContent || keyContent.answer === undefined) return '';
  const answer = keyContent.answer;
  const right = Array.isArray(answer) ? answer.map(String).includes(key) : String(answer) === key;
  if (right) return 'is-right';
  return chosen ? 'is-wrong' : '';
}

function Inputs({ kind, item, response, onChange, readOnly, result, attemptId }: Required<Pick<QuestionViewProps, 'item' | 'onChange' | 'readOnly'>> & {
  kind: QuestionKind;
  response: unknown;
  result?: QuestionViewResult | null;
  attemptId?: string;
}) {
  const { t } = useTranslation();
  const content = item.content ?? {};
  const key = result?.key;
  switch (kind) {
    case 'single': {
      const options = keyedList(content, 'options');
      return (
        <Radio.Group
          className="zyk-qv__options"
          value={typeof response === 'string' ? response : undefined}
          disabled={readOnly}
          onChange={(event) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <Radio key={option.key} value={option.key} className={`zyk-qv__option ${optionClass(option.key, response === option.key, key)}`} data-testid="qv-option">
              <span className="zyk-qv__option-key">{option.key}.</span> <RichHtml inline html={option.text} />
            </Radio>
          ))}
        </Radio.Group>
      );
    }
    case 'multiple': {
      const options = keyedList(content, 'options');
      const chosen = Array.isArray(response) ? response.map(String) : [];
      return (
        <Checkbox.Group
          className="zyk-qv__options"
          value={chosen}
          disabled={readOnly}
          onChange={(values) => onChange(options.map((o) => o.key).filter((k) => values.includes(k)))}
        >
          {options.map((option) => (
            <Checkbox key={option.key} value={option.key} className={`zyk-qv__option ${optionClass(option.key, chosen.includes(option.key), key)}`} data-testid="qv-option">
              <span className="zyk-qv__option-key">{option.key}.</span> <RichHtml inline html={option.text} />
            </Checkbox>
          ))}
        </Checkbox.Group>
      );
    }
    case 'true_false':
      return (
        <Radio.Group
          className="zyk-qv__options zyk-qv__options--row"
          value={typeof response === 'boolean' ? response : undefined}
          disabled={readOnly}
          onChange={(event) => onChange(event.target.value)}
        >
          <Radio value={true} data-testid="qv-true">
            {t('questionView.true')}
          </Radio>
          <Radio value={false} data-testid="qv-false">
            {t('questionView.false')}
          </Radio>
        </Radio.Group>
      );
    case 'matching': {
      const left = keyedList(content, 'left');
      const right = keyedList(content, 'right');
      const pairs = response && typeof response === 'object' && !Array.isArray(response) ? (response as Record<string, string>) : {};
      return (
        <ul className="zyk-qv__matching">
          {left.map((row) => (
            <li key={row.key} className="zyk-qv__match-row">
              <span className="zyk-qv__match-left">
                <RichHtml inline html={row.text} />
              </span>
              <Select
                className="zyk-qv__match-select"
                data-testid="qv-match"
                aria-label={t('questionView.matchFor', { text: row.text.replace(/<[^>]*>/g, '') })}
                placeholder={t('questionView.pick')}
                disabled={readOnly}
                value={pairs[row.key]}
                allowClear
                onChange={(value) => {
                  const next = { ...pairs };
                  if (value === undefined) delete next[row.key];
                  else next[row.key] = value;
                  onChange(next);
                }}
                options={right.map((r) => ({ value: r.key, label: r.text.replace(/<[^>]*>/g, '') }))}
              />
            </li>
          ))}
        </ul>
      );
    }
    case 'ordering': {
      const rows = keyedList(content, 'items');
      const order = Array.isArray(response) && response.length === rows.length ? response.map(String) : rows.map((r) => r.key);
      const move = (from: number, to: number) => {
        const next = [...order];
        const [moved] = next.splice(from, 1);
        next.splice(to, 0, moved);
        onChange(next);
      };
      return (
        <ol className="zyk-qv__ordering">
          {order.map((rowKey, i) => (
            <li key={rowKey} className="zyk-qv__order-row" data-testid="qv-order-row">
              <span className="zyk-qv__order-text">
                <RichHtml inline html={keyText(rowKey, rows)} />
              </span>
              {readOnly ? null : (
                <span className="zyk-qv__order-buttons">
                  <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('questionView.up')} disabled={i === 0} onClick={() => move(i, i - 1)} />
                  <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('questionView.down')} disabled={i === order.length - 1} onClick={() => move(i, i + 1)} />
                </span>
              )}
            </li>
          ))}
        </ol>
      );
    }
    case 'short_answer':
    case 'essay':
      return (
        <Input.TextArea
          className="zyk-qv__text"
          data-testid="qv-text"
          aria-label={t('questionView.yourAnswer')}
          value={typeof response === 'string' ? response : ''}
          disabled={readOnly}
          autoSize={{ minRows: kind === 'essay' ? 6 : 3, maxRows: 20 }}
          maxLength={kind === 'essay' ? 5000 : 2000}
          showCount
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'practical': {
      const submission = Array.isArray(content.submission) ? content.submission.map(String) : ['file'];
      const rubric = Array.isArray(content.rubric) ? (content.rubric as { criterion: string; points: number }[]) : [];
      const handIn = practicalResponse(response);
      return (
        <div className="zyk-qv__practical">
          {typeof content.instructions === 'string' ? (
            <div className="zyk-qv__instructions">
              <span className="zyk-qv__label">{t('questionView.instructions')}</span>
              <RichHtml html={content.instructions} />
            </div>
          ) : null}
          {rubric.length > 0 ? (
            <div className="zyk-qv__rubric">
              <span className="zyk-qv__label">{t('questionView.rubric')}</span>
              <ul>
                {rubric.map((row, i) => (
                  <li key={i}>{t('questionView.criterion', { criterion: row.criterion, points: row.points })}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <TeacherAttachments content={content} />
          <Input.TextArea
            className="zyk-qv__text"
            data-testid="qv-text"
            aria-label={t('questionView.yourAnswer')}
            placeholder={t('questionView.practicalText')}
            value={handIn.text}
            disabled={readOnly}
            autoSize={{ minRows: 3, maxRows: 20 }}
            maxLength={5000}
            onChange={(event) => onChange(attemptId ? { text: event.target.value, files: handIn.files } : event.target.value)}
          />
          {attemptId ? (
            <PracticalFiles
              attemptId={attemptId}
              questionId={item.id}
              kinds={submission}
              files={handIn.files}
              readOnly={readOnly}
              onFiles={(files) => onChange({ text: handIn.text, files })}
            />
          ) : submission.some((kindName) => kindName !== 'text') ? (
            <p className="zyk-muted zyk-qv__upload-note" data-testid="qv-upload-note">
              {t('questionView.files.previewNote', { kinds: submission.filter((k) => k !== 'text').map((k) => t(`questionView.submission.${k}`)).join('、') })}
            </p>
          ) : null}
        </div>
      );
    }
    default:
      return null;
  }
}

/**
 * One question-bank item for a learner (issue 7: L5): the stem with formulas, inputs per type, and — given a
 * `result` — right/wrong, points, the right answer, reference answer and explanation. Shared by self-tests
 * and the item editor's live preview. Practical tasks show the teacher's attachments and, given the learner's
 * `attemptId`, take files, photos and videos (listed as download links once submitted).
 */
export function QuestionView({ item, response, onChange, readOnly = false, result, number, attemptId }: QuestionViewProps) {
  const { t } = useTranslation();
  const kind = normaliseKind(item.questionType);
  const change = onChange ?? (() => undefined);
  const parts = item.subQuestions ?? [];
  const caseResponses = response && typeof response === 'object' && !Array.isArray(response) ? (response as Record<string, unknown>) : {};
  return (
    <article className={`zyk-qv zyk-qv--${kind}`} data-testid="question-view" data-question-id={item.id} data-type={kind}>
      <header className="zyk-qv__head">
        {number !== undefined ? <span className="zyk-qv__number">{number}</span> : null}
        <Tag className="zyk-qv__type">{t(`questionView.type.${kind}`)}</Tag>
        {item.score !== undefined && item.score !== null ? (
          <span className="zyk-muted zyk-qv__score">{t('questionView.score', { score: item.score })}</span>
        ) : null}
      </header>
      {kind === 'fill_blank' ? (
        <BlankStem
          stem={item.stem}
          count={blankCount(item.content, item.stem)}
          values={Array.isArray(response) ? response.map((v) => (v === null || v === undefined ? '' : String(v))) : []}
          readOnly={readOnly}
          onChange={change}
        />
      ) : (
        <RichHtml className="zyk-qv__stem" html={item.stem} />
      )}
      {kind === 'case' ? (
        <ol className="zyk-qv__parts">
          {parts.map((part, i) => (
            <li key={part.id}>
              <QuestionView
                item={part}
                number={`(${i + 1})`}
                response={caseResponses[part.id]}
                readOnly={readOnly}
                attemptId={attemptId}
                result={result?.parts?.[part.id]}
                onChange={(value) => change({ ...caseResponses, [part.id]: value })}
              />
            </li>
          ))}
        </ol>
      ) : (
        <div className="zyk-qv__inputs">
          <Inputs kind={kind} item={item} response={response} onChange={change} readOnly={readOnly} result={result} attemptId={attemptId} />
        </div>
      )}
      {result ? <ResultPanel kind={kind} item={item} result={result} /> : null}
    </article>
  );
}
