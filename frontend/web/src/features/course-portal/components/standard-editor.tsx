import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber } from 'antd';
import type { GoalKind } from '@zyk/shared';
import { useTranslation } from 'react-i18next';
import { SubSection } from '@/components/section';
import { GOAL_KIND_ORDER, WEIGHT_COLORS, weightSum, type AssessmentRow, type ModuleRow } from '../lib/portal-form';
import { RowActions } from './row-actions';

function GoalList({ kind, disabled }: { kind: GoalKind; disabled: boolean }) {
  const { t } = useTranslation();
  const group = t(`coursePortal.goalKind.${kind}`);
  return (
    <div className={`zyk-editor-goals zyk-editor-goals--${kind.toLowerCase()}`} data-testid="goal-group" data-kind={kind}>
      <h4 className="zyk-editor-goals__title">{group}</h4>
      <Form.List name={['goals', kind]}>
        {(fields, { add, remove, move }) => (
          <>
            <ol className="zyk-editor-rows">
              {fields.map((field, index) => (
                <li key={field.key} className="zyk-editor-row zyk-editor-row--inline">
                  <span className="zyk-editor-row__index" aria-hidden>
                    {index + 1}
                  </span>
                  <Form.Item
                    name={[field.name, 'text']}
                    className="zyk-editor-row__grow"
                    rules={[
                      { required: true, whitespace: true, message: t('coursePortal.editor.required.goal') },
                      { max: 500, message: t('coursePortal.editor.tooLong', { max: 500 }) },
                    ]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} aria-label={t('coursePortal.editor.goalN', { group, n: index + 1 })} disabled={disabled} />
                  </Form.Item>
                  <RowActions index={index} count={fields.length} what={t('coursePortal.editor.goalN', { group, n: index + 1 })} onMove={move} onRemove={remove} disabled={disabled} />
                </li>
              ))}
            </ol>
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '' })} disabled={disabled} data-testid={`goal-add-${kind}`}>
              {t('coursePortal.editor.addGoal', { group })}
            </Button>
          </>
        )}
      </Form.List>
    </div>
  );
}

function ModuleList({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const modules = Form.useWatch<ModuleRow[] | undefined>('modules');
  const total = (modules ?? []).reduce((sum, m) => sum + (Number(m?.hours) || 0), 0);
  return (
    <Form.List name="modules">
      {(fields, { add, remove, move }) => (
        <>
          <ol className="zyk-editor-rows">
            {fields.map((field, index) => {
              const what = t('coursePortal.editor.moduleN', { n: index + 1 });
              return (
                <li key={field.key} className="zyk-editor-row zyk-editor-card" data-testid="module-row">
                  <div className="zyk-editor-row__head">
                    <strong>{what}</strong>
                    <RowActions index={index} count={fields.length} what={what} onMove={move} onRemove={remove} disabled={disabled} />
                  </div>
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <div className="zyk-editor-grid zyk-editor-grid--module">
                    <Form.Item
                      label={t('coursePortal.editor.moduleTitle')}
                      name={[field.name, 'title']}
                      rules={[
                        { required: true, whitespace: true, message: t('coursePortal.editor.required.module') },
                        { max: 128, message: t('coursePortal.editor.tooLong', { max: 128 }) },
                      ]}
                    >
                      <Input disabled={disabled} />
                    </Form.Item>
                    <Form.Item
                      label={t('coursePortal.editor.moduleHours')}
                      name={[field.name, 'hours']}
                      rules={[{ required: true, message: t('coursePortal.editor.required.hours') }]}
                    >
                      <InputNumber min={0} max={1000} precision={0} disabled={disabled} style={{ width: '100%' }} />
                    </Form.Item>
                  </div>
                  <Form.Item
                    label={t('coursePortal.editor.moduleContent')}
                    name={[field.name, 'summary']}
                    rules={[{ max: 2000, message: t('coursePortal.editor.tooLong', { max: 2000 }) }]}
                  >
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} disabled={disabled} />
                  </Form.Item>
                </li>
              );
            })}
          </ol>
          <div className="zyk-editor-list-foot">
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ id: null, title: '', hours: 0, summary: '' })} disabled={disabled} data-testid="module-add">
              {t('coursePortal.editor.addModule')}
            </Button>
            <span className="zyk-editor-sum" data-testid="module-total">
              {t('coursePortal.editor.totalHours', { count: total })}
            </span>
          </div>
        </>
      )}
    </Form.List>
  );
}

function MethodList({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name="methods">
      {(fields, { add, remove, move }) => (
        <>
          <ol className="zyk-editor-rows">
            {fields.map((field, index) => {
              const what = t('coursePortal.editor.methodN', { n: index + 1 });
              return (
                <li key={field.key} className="zyk-editor-row zyk-editor-card" data-testid="method-row">
                  <div className="zyk-editor-row__head">
                    <strong>{what}</strong>
                    <RowActions index={index} count={fields.length} what={what} onMove={move} onRemove={remove} disabled={disabled} />
                  </div>
                  <div className="zyk-editor-grid zyk-editor-grid--method">
                    <Form.Item
                      label={t('coursePortal.editor.methodName')}
                      name={[field.name, 'name']}
                      rules={[
                        { required: true, whitespace: true, message: t('coursePortal.editor.required.method') },
                        { max: 64, message: t('coursePortal.editor.tooLong', { max: 64 }) },
                      ]}
                    >
                      <Input disabled={disabled} />
                    </Form.Item>
                    <Form.Item
                      label={t('coursePortal.editor.methodDescription')}
                      name={[field.name, 'description']}
                      rules={[{ max: 2000, message: t('coursePortal.editor.tooLong', { max: 2000 }) }]}
                    >
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} disabled={disabled} />
                    </Form.Item>
                  </div>
                </li>
              );
            })}
          </ol>
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', description: '' })} disabled={disabled} data-testid="method-add">
            {t('coursePortal.editor.addMethod')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** The live sum of the weights and a bar of the parts; red until they add up to 100 %. */
export function WeightSum({ rows }: { rows: (Partial<AssessmentRow> | undefined)[] | undefined }) {
  const { t } = useTranslation();
  const list = rows ?? [];
  const sum = weightSum(list);
  const ok = !list.length || sum === 100;
  return (
    <div className={`zyk-weight-sum${ok ? '' : ' zyk-weight-sum--bad'}`} data-testid="weight-sum" data-sum={sum} data-ok={ok} aria-live="polite">
      <div className="zyk-weight-sum__bar" aria-hidden>
        {list.map((row, index) => (
          <span key={index} style={{ width: `${Math.min(100, Number(row?.weight) || 0)}%`, background: WEIGHT_COLORS[index % WEIGHT_COLORS.length] }} />
        ))}
      </div>
      <p className="zyk-weight-sum__text">
        {list.length ? (ok ? t('coursePortal.editor.weightsOk', { sum }) : t('coursePortal.editor.weightsBad', { sum })) : t('coursePortal.editor.weightsNone')}
      </p>
    </div>
  );
}

function AssessmentList({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const rows = Form.useWatch<AssessmentRow[] | undefined>('assessment');
  return (
    <Form.List
      name="assessment"
      rules={[
        {
          validator: async (_rule, value: AssessmentRow[] | undefined) => {
            if (value?.length && weightSum(value) !== 100) throw new Error(t('coursePortal.editor.weightsBad', { sum: weightSum(value) }));
          },
        },
      ]}
    >
      {(fields, { add, remove, move }, { errors }) => (
        <>
          <WeightSum rows={rows} />
          <ol className="zyk-editor-rows">
            {fields.map((field, index) => {
              const what = t('coursePortal.editor.assessmentN', { n: index + 1 });
              return (
                <li key={field.key} className="zyk-editor-row zyk-editor-card" data-testid="assessment-row">
                  <div className="zyk-editor-row__head">
                    <strong>{what}</strong>
                    <RowActions index={index} count={fields.length} what={what} onMove={move} onRemove={remove} disabled={disabled} />
                  </div>
                  <div className="zyk-editor-grid zyk-editor-grid--assessment">
                    <Form.Item
                      label={t('coursePortal.editor.assessmentName')}
                      name={[field.name, 'name']}
                      rules={[
                        { required: true, whitespace: true, message: t('coursePortal.editor.required.assessment') },
                        { max: 64, message: t('coursePortal.editor.tooLong', { max: 64 }) },
                      ]}
                    >
                      <Input disabled={disabled} />
                    </Form.Item>
                    <Form.Item
                      label={t('coursePortal.editor.weight')}
                      name={[field.name, 'weight']}
                      rules={[{ required: true, message: t('coursePortal.editor.required.weight') }]}
                    >
                      <InputNumber min={0} max={100} precision={0} suffix="%" disabled={disabled} style={{ width: '100%' }} data-testid="weight-input" />
                    </Form.Item>
                  </div>
                  <Form.Item
                    label={t('coursePortal.editor.assessmentDescription')}
                    name={[field.name, 'description']}
                    rules={[{ max: 2000, message: t('coursePortal.editor.tooLong', { max: 2000 }) }]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} disabled={disabled} />
                  </Form.Item>
                </li>
              );
            })}
          </ol>
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', weight: 0, description: '' })} disabled={disabled} data-testid="assessment-add">
            {t('coursePortal.editor.addAssessment')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** 课程标准 tab: goals by kind, modules with hours, teaching methods, assessment with weights. */
export function StandardEditor({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="zyk-standard-editor">
      <SubSection title={t('coursePortal.standard.goals')} id="edit-goals">
        <div className="zyk-editor-goal-groups">
          {GOAL_KIND_ORDER.map((kind) => (
            <GoalList key={kind} kind={kind} disabled={disabled} />
          ))}
        </div>
      </SubSection>
      <SubSection title={t('coursePortal.standard.modules')} id="edit-modules">
        <ModuleList disabled={disabled} />
      </SubSection>
      <SubSection title={t('coursePortal.standard.methods')} id="edit-methods">
        <MethodList disabled={disabled} />
      </SubSection>
      <SubSection title={t('coursePortal.standard.assessment')} id="edit-assessment">
        <AssessmentList disabled={disabled} />
      </SubSection>
    </div>
  );
}
