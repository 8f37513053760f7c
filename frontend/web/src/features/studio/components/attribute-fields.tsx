import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormOptions } from '../api/form-options';
import { AUDIENCES, LICENCES, SOURCES, VISIBILITIES } from '../lib/choices';
import { useCascade } from '../hooks/use-cascade';
import type { AttributeValues } from '../lib/resource-input';
import { FormSelect } from '@/components/forms/form-select';

export type AttributeMode = 'single' | 'batch' | 'edit' | 'bulk';

const searchable = { showSearch: true, optionFilterProp: 'label' } as const;

/**
 * The metadata of a resource (building institution, major → course → module → points cascading from
 * resourceFormOptions, keywords, source, licence, audience, visibility, download rule, rights holder,
 * authors). `single`/`edit` need institution and major; `batch` needs the institution (folders may name
 * the major); `bulk` (批量修改属性) needs nothing: only what is filled in is changed.
 */
export function AttributeFields({
  form,
  options,
  mode,
}: {
  form: FormInstance<AttributeValues>;
  options: FormOptions | undefined;
  mode: AttributeMode;
}) {
  const { t } = useTranslation();
  const { major, course } = useCascade(form, options);
  const bulk = mode === 'bulk';
  const required = (message: string) => [{ required: true, message }];
  const choice = (name: string, values: string[]) =>
    values.map((value) => ({ value, label: t(`studio.enums.${name}.${value}`) }));
  const half = { xs: 24, md: 12 };

  return (
    <Row gutter={16}>
      {bulk ? null : (
        <Col {...half}>
          <Form.Item
            name="organisationId"
            label={t('studio.fields.organisation')}
            rules={required(t('studio.fields.organisationRequired'))}
          >
            <FormSelect
              {...searchable}
              placeholder={t('studio.fields.organisationPlaceholder')}
              options={(options?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
              data-testid="field-organisation"
            />
          </Form.Item>
        </Col>
      )}
      <Col {...half}>
        <Form.Item
          name="majorId"
          label={t('studio.fields.major')}
          rules={mode === 'single' || mode === 'edit' ? required(t('studio.fields.majorRequired')) : undefined}
          extra={mode === 'batch' ? t('studio.fields.majorBatchHint') : undefined}
        >
          <FormSelect
            {...searchable}
            allowClear={mode !== 'single' && mode !== 'edit'}
            placeholder={t('studio.fields.majorPlaceholder')}
            options={(options?.majors ?? []).map((m) => ({ value: m.id, label: `${m.code} ${m.name}` }))}
            onChange={() => form.setFieldsValue({ courseId: undefined, moduleId: undefined, knowledgePointIds: [] })}
            data-testid="field-major"
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="courseId" label={t('studio.fields.course')}>
          <Select
            {...searchable}
            allowClear
            disabled={!major}
            placeholder={major ? t('studio.fields.coursePlaceholder') : t('studio.fields.chooseMajorFirst')}
            options={(major?.courses ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={() => form.setFieldsValue({ moduleId: undefined, knowledgePointIds: [] })}
            data-testid="field-course"
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="moduleId" label={t('studio.fields.module')}>
          <Select
            {...searchable}
            allowClear
            disabled={!course}
            placeholder={course ? t('studio.fields.modulePlaceholder') : t('studio.fields.chooseCourseFirst')}
            options={(course?.modules ?? []).map((m) => ({ value: m.id, label: m.name }))}
            data-testid="field-module"
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="knowledgePointIds" label={t('studio.fields.points')}>
          <Select
            {...searchable}
            mode="multiple"
            allowClear
            disabled={!course}
            placeholder={course ? t('studio.fields.pointsPlaceholder') : t('studio.fields.chooseCourseFirst')}
            options={(course?.knowledgePoints ?? []).map((p) => ({
              value: p.id,
              label: t('studio.fields.pointLabel', {
                name: p.name,
                kind: t(p.kind === 'skill' ? 'studio.fields.skill' : 'studio.fields.knowledge'),
              }),
            }))}
            data-testid="field-points"
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="keywords" label={t('studio.fields.keywords')} extra={bulk ? undefined : t('studio.fields.keywordsHint')}>
          <Select
            mode="tags"
            allowClear
            tokenSeparators={[',', '，', '、', ';', '；']}
            placeholder={t('studio.fields.keywordsPlaceholder')}
            data-testid="field-keywords"
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="source" label={t('studio.fields.source')}>
          <Select allowClear={bulk} placeholder={bulk ? t('studio.fields.unchanged') : t('studio.fields.choose')} options={choice('source', SOURCES)} data-testid="field-source" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="licence" label={t('studio.fields.licence')}>
          <Select allowClear={bulk} placeholder={bulk ? t('studio.fields.unchanged') : t('studio.fields.choose')} options={choice('licence', LICENCES)} data-testid="field-licence" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="audienceLevel" label={t('studio.fields.audience')}>
          <Select allowClear={bulk} placeholder={bulk ? t('studio.fields.unchanged') : t('studio.fields.choose')} options={choice('audience', AUDIENCES)} data-testid="field-audience" />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="visibility" label={t('studio.fields.visibility')}>
          <Select
            allowClear={bulk}
            placeholder={bulk ? t('studio.fields.unchanged') : t('studio.fields.choose')}
            options={choice('visibility', VISIBILITIES)}
            data-testid="field-visibility"
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        {bulk ? (
          <Form.Item name="downloadRequiresLogin" label={t('studio.fields.downloadRequiresLogin')}>
            <Select
              allowClear
              placeholder={t('studio.fields.unchanged')}
              options={[
                { value: true, label: t('studio.fields.loginRequired') },
                { value: false, label: t('studio.fields.loginNotRequired') },
              ]}
              data-testid="field-download-login"
            />
          </Form.Item>
        ) : (
          <Form.Item name="downloadRequiresLogin" label={t('studio.fields.downloadRequiresLogin')} valuePropName="checked">
            <Switch data-testid="field-download-login" />
          </Form.Item>
        )}
      </Col>
      <Col {...half}>
        <Form.Item name="rightsHolder" label={t('studio.fields.rightsHolder')}>
          <Input maxLength={200} placeholder={t('studio.fields.rightsHolderPlaceholder')} data-testid="field-rights-holder" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <AuthorsField bulk={bulk} />
      </Col>
    </Row>
  );
}

/** 署名: the credited authors in order (name + their organisation). */
function AuthorsField({ bulk }: { bulk: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('studio.fields.authors')} extra={bulk ? t('studio.fields.authorsBulkHint') : undefined} required={!bulk}>
      <Form.List name="authors">
        {(fields, { add, remove }) => (
          <div className="zyk-studio__authors" data-testid="field-authors">
            {fields.map((field, index) => (
              <div key={field.key} className="zyk-studio__author">
                <Form.Item
                  name={[field.name, 'name']}
                  noStyle
                  rules={[{ required: true, whitespace: true, message: t('studio.fields.authorNameRequired') }]}
                >
                  <Input
                    placeholder={t('studio.fields.authorName')}
                    aria-label={t('studio.fields.authorNameLabel', { n: index + 1 })}
                    maxLength={100}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'organisationName']} noStyle>
                  <Input
                    placeholder={t('studio.fields.authorOrganisation')}
                    aria-label={t('studio.fields.authorOrganisationLabel', { n: index + 1 })}
                    maxLength={200}
                  />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('studio.fields.removeAuthor', { n: index + 1 })}
                />
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', organisationName: '' })}>
              {t('studio.fields.addAuthor')}
            </Button>
          </div>
        )}
      </Form.List>
    </Form.Item>
  );
}
