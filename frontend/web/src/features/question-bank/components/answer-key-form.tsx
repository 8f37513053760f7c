import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PaperClipOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ATTACHMENT_ACCEPT, MEDIA_LIMIT_MB, useUploadMedia } from '../api/media-upload';
import {
  letter,
  MAX_ATTACHMENTS,
  newBlank,
  PARTIAL_RULES,
  SUBMISSION_KINDS,
  type Attachment,
  type Blank,
  type Content,
  type ItemDraft,
  type Keyed,
  type PartialRule,
  type RubricRow,
} from '../utils/item-form';
import { RichEditor } from './rich-editor';

const MAX_OPTIONS = 26;

interface Props {
  draft: ItemDraft;
  onChange: (content: Content) => void;
  /** Where the item sits, for unique test ids (`main`, `sub-0`). */
  scope: string;
}

/** The answer key of one item, a form per type in the exact shape of cms/questions/content.py. */
export function AnswerKeyForm({ draft, onChange, scope }: Props) {
  const content = draft.content;
  const set = (changes: Partial<Content>) => onChange({ ...content, ...changes });
  switch (draft.questionType) {
    case 'SINGLE':
    case 'MULTIPLE':
      return <ChoiceForm content={content} set={set} multiple={draft.questionType === 'MULTIPLE'} scope={scope} />;
    case 'TRUE_FALSE':
      return <TrueFalseForm content={content} set={set} scope={scope} />;
    case 'FILL_BLANK':
      return <BlanksForm content={content} set={set} scope={scope} />;
    case 'MATCHING':
      return <MatchingForm content={content} set={set} scope={scope} />;
    case 'ORDERING':
      return <OrderingForm content={content} set={set} scope={scope} />;
    case 'PRACTICAL':
      return <PracticalForm content={content} set={set} scope={scope} />;
    default:
      return null;
  }
}

interface Part {
  content: Content;
  set: (changes: Partial<Content>) => void;
  scope: string;
}

function PartialSelect({ value, onChange, rules, scope }: { value?: PartialRule; onChange: (rule: PartialRule) => void; rules: readonly PartialRule[]; scope: string }) {
  const { t } = useTranslation();
  return (
    <label className="zyk-qb-inline-field">
      <span>{t('questionBank.key.partial')}</span>
      <Select
        value={value}
        onChange={onChange}
        style={{ minWidth: 200 }}
        data-testid={`${scope}-partial`}
        options={rules.map((rule) => ({ value: rule, label: t(`questionBank.key.partialRule.${rule}`) }))}
      />
    </label>
  );
}

function ChoiceForm({ content, set, multiple, scope }: Part & { multiple: boolean }) {
  const { t } = useTranslation();
  const options = content.options ?? [];
  const answer = content.answer;
  const chosen = new Set(Array.isArray(answer) ? answer : typeof answer === 'string' ? [answer] : []);

  const relabel = (next: Keyed[], mapping: Map<string, string>) => {
    const fixed = next.map((option, i) => {
      mapping.set(option.key, letter(i));
      return { ...option, key: letter(i) };
    });
    const keys = [...chosen].map((key) => mapping.get(key)).filter((key): key is string => Boolean(key));
    set({ options: fixed, answer: multiple ? keys : (keys[0] ?? null) });
  };
  const mark = (key: string, on: boolean) => {
    if (!multiple) return set({ answer: key });
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    set({ answer: options.map((o) => o.key).filter((k) => next.has(k)) });
  };

  return (
    <div className="zyk-qb-key" data-testid={`${scope}-options`}>
      <Typography.Text type="secondary">{multiple ? t('questionBank.key.markMany') : t('questionBank.key.markOne')}</Typography.Text>
      {options.map((option, i) => (
        <div className="zyk-qb-row" key={option.key} data-testid={`${scope}-option-${option.key}`}>
          {multiple ? (
            <Checkbox checked={chosen.has(option.key)} onChange={(event) => mark(option.key, event.target.checked)} aria-label={t('questionBank.key.correctOption', { key: option.key })}>
              {option.key}
            </Checkbox>
          ) : (
            <Radio checked={chosen.has(option.key)} onChange={() => mark(option.key, true)} aria-label={t('questionBank.key.correctOption', { key: option.key })}>
              {option.key}
            </Radio>
          )}
          <div className="zyk-qb-row__grow">
            <RichEditor
              compact
              value={option.text}
              aria-label={t('questionBank.key.optionText', { key: option.key })}
              data-testid={`${scope}-option-text-${option.key}`}
              onChange={(text) => set({ options: options.map((o, j) => (j === i ? { ...o, text } : o)) })}
            />
          </div>
          <Button
            type="text"
            icon={<DeleteOutlined />}
            aria-label={t('questionBank.key.removeOption', { key: option.key })}
            disabled={options.length <= 2}
            onClick={() => relabel(options.filter((_, j) => j !== i), new Map())}
          />
        </div>
      ))}
      <Space wrap>
        <Button icon={<PlusOutlined />} disabled={options.length >= MAX_OPTIONS} onClick={() => set({ options: [...options, { key: letter(options.length), text: '' }] })}>
          {t('questionBank.key.addOption')}
        </Button>
        {multiple ? <PartialSelect value={content.partial} onChange={(partial) => set({ partial })} rules={PARTIAL_RULES} scope={scope} /> : null}
      </Space>
    </div>
  );
}

function TrueFalseForm({ content, set, scope }: Part) {
  const { t } = useTranslation();
  const value = typeof content.answer === 'boolean' ? content.answer : undefined;
  return (
    <Radio.Group value={value} onChange={(event) => set({ answer: event.target.value as boolean })} data-testid={`${scope}-true-false`}>
      <Radio value={true}>{t('questionBank.key.true')}</Radio>
      <Radio value={false}>{t('questionBank.key.false')}</Radio>
    </Radio.Group>
  );
}

function BlanksForm({ content, set, scope }: Part) {
  const { t } = useTranslation();
  const blanks = content.blanks ?? [];
  const update = (i: number, changes: Partial<Blank>) => set({ blanks: blanks.map((b, j) => (j === i ? { ...b, ...changes } : b)) });
  return (
    <div className="zyk-qb-key" data-testid={`${scope}-blanks`}>
      <Typography.Text type="secondary">{t('questionBank.key.blanksHint')}</Typography.Text>
      {blanks.map((blank, i) => (
        <div className="zyk-qb-blank" key={i} data-testid={`${scope}-blank-${i}`}>
          <div className="zyk-qb-row">
            <strong>{t('questionBank.key.blank', { n: i + 1 })}</strong>
            <Select
              mode="tags"
              className="zyk-qb-row__grow"
              value={blank.answers.filter(Boolean)}
              onChange={(answers: string[]) => update(i, { answers })}
              tokenSeparators={['|']}
              open={false}
              suffixIcon={null}
              placeholder={t('questionBank.key.answersPlaceholder')}
              aria-label={t('questionBank.key.blankAnswers', { n: i + 1 })}
              data-testid={`${scope}-blank-answers-${i}`}
            />
            <Button type="text" icon={<DeleteOutlined />} aria-label={t('questionBank.key.removeBlank', { n: i + 1 })} disabled={blanks.length <= 1} onClick={() => set({ blanks: blanks.filter((_, j) => j !== i) })} />
          </div>
          <Space wrap size="small">
            {(['ignore_case', 'ignore_spaces', 'ignore_width'] as const).map((flag) => (
              <Checkbox key={flag} checked={blank[flag]} onChange={(event) => update(i, { [flag]: event.target.checked })}>
                {t(`questionBank.key.${flag}`)}
              </Checkbox>
            ))}
          </Space>
        </div>
      ))}
      <Space wrap>
        <Button icon={<PlusOutlined />} onClick={() => set({ blanks: [...blanks, newBlank()] })}>
          {t('questionBank.key.addBlank')}
        </Button>
        <Checkbox checked={Boolean(content.any_order)} onChange={(event) => set({ any_order: event.target.checked })}>
          {t('questionBank.key.anyOrder')}
        </Checkbox>
        <PartialSelect value={content.partial} onChange={(partial) => set({ partial })} rules={['none', 'proportional']} scope={scope} />
      </Space>
    </div>
  );
}

function KeyedList({ rows, onChange, prefix, label, scope, minimum = 2 }: { rows: Keyed[]; onChange: (rows: Keyed[]) => void; prefix: string; label: (key: string) => string; scope: string; minimum?: number }) {
  const { t } = useTranslation();
  const keyOf = (i: number) => (prefix ? `${prefix}${i + 1}` : letter(i));
  return (
    <>
      {rows.map((row, i) => (
        <div className="zyk-qb-row" key={row.key}>
          <strong className="zyk-qb-row__key">{row.key}</strong>
          <div className="zyk-qb-row__grow">
            <RichEditor compact value={row.text} aria-label={label(row.key)} data-testid={`${scope}-${row.key}`} onChange={(text) => onChange(rows.map((r, j) => (j === i ? { ...r, text } : r)))} />
          </div>
          <Button type="text" icon={<DeleteOutlined />} aria-label={t('questionBank.key.removeRow', { key: row.key })} disabled={rows.length <= minimum} onClick={() => onChange(rows.filter((_, j) => j !== i).map((r, j) => ({ ...r, key: keyOf(j) })))} />
        </div>
      ))}
      <Button icon={<PlusOutlined />} disabled={rows.length >= MAX_OPTIONS} onClick={() => onChange([...rows, { key: keyOf(rows.length), text: '' }])}>
        {t('questionBank.key.addRow')}
      </Button>
    </>
  );
}

function MatchingForm({ content, set, scope }: Part) {
  const { t } = useTranslation();
  const left = content.left ?? [];
  const right = content.right ?? [];
  const answer = (content.answer && typeof content.answer === 'object' && !Array.isArray(content.answer) ? content.answer : {}) as Record<string, string>;
  const keep = (nextLeft: Keyed[], nextRight: Keyed[]) => {
    const rightKeys = new Set(nextRight.map((r) => r.key));
    const pairs: Record<string, string> = {};
    for (const row of nextLeft) if (answer[row.key] && rightKeys.has(answer[row.key])) pairs[row.key] = answer[row.key];
    set({ left: nextLeft, right: nextRight, answer: pairs });
  };
  return (
    <div className="zyk-qb-key" data-testid={`${scope}-matching`}>
      <div className="zyk-qb-columns">
        <div>
          <Typography.Title level={5}>{t('questionBank.key.left')}</Typography.Title>
          <KeyedList rows={left} prefix="L" scope={`${scope}-left`} label={(key) => t('questionBank.key.leftText', { key })} onChange={(rows) => keep(rows, right)} />
        </div>
        <div>
          <Typography.Title level={5}>{t('questionBank.key.right')}</Typography.Title>
          <KeyedList rows={right} prefix="" scope={`${scope}-right`} label={(key) => t('questionBank.key.rightText', { key })} onChange={(rows) => keep(left, rows)} />
        </div>
      </div>
      <Typography.Title level={5}>{t('questionBank.key.pairs')}</Typography.Title>
      {left.map((row) => (
        <div className="zyk-qb-row" key={row.key}>
          <strong className="zyk-qb-row__key">{row.key}</strong>
          <span>→</span>
          <Select
            value={answer[row.key]}
            placeholder={t('questionBank.key.pairWith')}
            style={{ minWidth: 120 }}
            aria-label={t('questionBank.key.pairOf', { key: row.key })}
            data-testid={`${scope}-pair-${row.key}`}
            onChange={(target: string) => set({ answer: { ...answer, [row.key]: target } })}
            options={right.map((r) => ({ value: r.key, label: r.key }))}
          />
        </div>
      ))}
      <PartialSelect value={content.partial} onChange={(partial) => set({ partial })} rules={['none', 'proportional']} scope={scope} />
    </div>
  );
}

function OrderingForm({ content, set, scope }: Part) {
  const { t } = useTranslation();
  const items = content.items ?? [];
  const order = (Array.isArray(content.answer) ? content.answer : []).filter((key) => items.some((i) => i.key === key));
  const complete = [...order, ...items.map((i) => i.key).filter((key) => !order.includes(key))];
  const move = (index: number, delta: number) => {
    const next = [...complete];
    const [key] = next.splice(index, 1);
    next.splice(index + delta, 0, key);
    set({ answer: next });
  };
  const text = (key: string) => items.find((i) => i.key === key)?.text ?? '';
  return (
    <div className="zyk-qb-key" data-testid={`${scope}-ordering`}>
      <Typography.Text type="secondary">{t('questionBank.key.orderingHint')}</Typography.Text>
      <KeyedList rows={items} prefix="" scope={`${scope}-item`} label={(key) => t('questionBank.key.itemText', { key })} onChange={(rows) => set({ items: rows, answer: complete.filter((k) => rows.some((r) => r.key === k)).concat(rows.map((r) => r.key).filter((k) => !complete.includes(k))) })} />
      <Typography.Title level={5}>{t('questionBank.key.correctOrder')}</Typography.Title>
      <ol className="zyk-qb-order">
        {complete.map((key, i) => (
          <li key={key} className="zyk-qb-row">
            <strong className="zyk-qb-row__key">{key}</strong>
            <span className="zyk-qb-row__grow zyk-qb-order__text" dangerouslySetInnerHTML={{ __html: text(key) }} />
            <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('questionBank.key.moveUp', { key })} disabled={i === 0} onClick={() => move(i, -1)} />
            <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('questionBank.key.moveDown', { key })} disabled={i === complete.length - 1} onClick={() => move(i, 1)} />
          </li>
        ))}
      </ol>
      <PartialSelect value={content.partial} onChange={(partial) => set({ partial })} rules={['none', 'proportional']} scope={scope} />
    </div>
  );
}

function PracticalForm({ content, set, scope }: Part) {
  const { t } = useTranslation();
  const rubric = content.rubric ?? [];
  const update = (i: number, changes: Partial<RubricRow>) => set({ rubric: rubric.map((r, j) => (j === i ? { ...r, ...changes } : r)) });
  const total = rubric.reduce((sum, row) => sum + (Number(row.points) || 0), 0);
  return (
    <div className="zyk-qb-key" data-testid={`${scope}-practical`}>
      <label className="zyk-qb-label">{t('questionBank.key.instructions')}</label>
      <RichEditor value={content.instructions ?? ''} aria-label={t('questionBank.key.instructions')} data-testid={`${scope}-instructions`} onChange={(instructions) => set({ instructions })} />
      <Attachments rows={content.attachments ?? []} onChange={(attachments) => set({ attachments })} scope={scope} />
      <label className="zyk-qb-label">{t('questionBank.key.submission')}</label>
      <Checkbox.Group
        value={content.submission ?? []}
        onChange={(values) => set({ submission: values as string[] })}
        options={SUBMISSION_KINDS.map((kind) => ({ value: kind, label: t(`questionBank.key.submissionKind.${kind}`) }))}
      />
      <label className="zyk-qb-label">{t('questionBank.key.rubric', { total })}</label>
      {rubric.map((row, i) => (
        <div className="zyk-qb-row" key={i}>
          <Input value={row.criterion} placeholder={t('questionBank.key.criterion')} aria-label={t('questionBank.key.criterionN', { n: i + 1 })} onChange={(event) => update(i, { criterion: event.target.value })} className="zyk-qb-row__grow" />
          <InputNumber min={0.5} step={0.5} value={row.points} aria-label={t('questionBank.key.pointsN', { n: i + 1 })} onChange={(points) => update(i, { points: Number(points) || 0 })} addonAfter={t('questionBank.points')} style={{ width: 140 }} />
          <Button type="text" icon={<DeleteOutlined />} aria-label={t('questionBank.key.removeCriterion', { n: i + 1 })} disabled={rubric.length <= 1} onClick={() => set({ rubric: rubric.filter((_, j) => j !== i) })} />
        </div>
      ))}
      <Button icon={<PlusOutlined />} onClick={() => set({ rubric: [...rubric, { criterion: '', points: 5 }] })}>
        {t('questionBank.key.addCriterion')}
      </Button>
    </div>
  );
}

/** Files the learner downloads with a practical task: upload (sniffed and stored by the server), name, remove. */
function Attachments({ rows, onChange, scope }: { rows: Attachment[]; onChange: (rows: Attachment[]) => void; scope: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id: courseId } = useParams();
  const upload = useUploadMedia(courseId ?? '', 'attachments');
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(rows);
  latest.current = rows;
  const add = (files: File[]) => {
    for (const file of files) {
      upload.mutate(file, {
        onSuccess: (stored) => {
          if (latest.current.length >= MAX_ATTACHMENTS) return;
          latest.current = [...latest.current, { name: stored.name, url: stored.url }];
          onChange(latest.current);
        },
        onError: (error) => void message.error(t('questionBank.media.attachmentFailed', { name: file.name, reason: error.message })),
      });
    }
  };
  return (
    <div className="zyk-qb-attachments" data-testid={`${scope}-attachments`}>
      <label className="zyk-qb-label">{t('questionBank.media.attachments')}</label>
      <Typography.Text type="secondary">{t('questionBank.media.attachmentsHint', { limit: MEDIA_LIMIT_MB.attachments, n: MAX_ATTACHMENTS })}</Typography.Text>
      {rows.map((row, i) => (
        <div className="zyk-qb-row" key={row.url + i} data-testid={`${scope}-attachment-${i}`}>
          <PaperClipOutlined aria-hidden />
          <a href={row.url} download={row.name} className="zyk-qb-row__grow">
            {row.name}
          </a>
          <Button type="text" icon={<DeleteOutlined />} aria-label={t('questionBank.media.removeAttachment', { name: row.name })} onClick={() => onChange(rows.filter((_, j) => j !== i))} />
        </div>
      ))}
      <div>
        <Button icon={<UploadOutlined />} loading={upload.isPending} disabled={!courseId || rows.length >= MAX_ATTACHMENTS} onClick={() => input.current?.click()}>
          {t('questionBank.media.addAttachment')}
        </Button>
      </div>
      <input
        ref={input}
        type="file"
        accept={ATTACHMENT_ACCEPT}
        style={{ display: 'none' }}
        multiple
        data-testid={`${scope}-attachment-file`}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          add(files.slice(0, Math.max(0, MAX_ATTACHMENTS - rows.length)));
        }}
      />
    </div>
  );
}
