import { PlusOutlined } from '@ant-design/icons';
import { Avatar, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TeacherRow } from '../lib/portal-form';
import { RowActions } from './row-actions';

/** 教学团队 tab: members in order (leads are shown first on the portal), each keeping its id. */
export function TeamEditor({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const teachers = Form.useWatch<TeacherRow[] | undefined>('teachers');
  return (
    <Form.List name="teachers">
      {(fields, { add, remove, move }) => (
        <>
          <p className="zyk-muted zyk-editor-hint">{t('coursePortal.editor.teamHint')}</p>
          <ol className="zyk-editor-rows">
            {fields.map((field, index) => {
              const row = teachers?.[field.name];
              const what = row?.name?.trim() || t('coursePortal.editor.memberN', { n: index + 1 });
              return (
                <li key={field.key} className="zyk-editor-row zyk-editor-card" data-testid="teacher-row">
                  <div className="zyk-editor-row__head">
                    <span className="zyk-editor-member">
                      <Avatar size={36} src={row?.photoUrl || undefined} aria-hidden>
                        {(row?.name || '?').slice(0, 1)}
                      </Avatar>
                      <strong>{what}</strong>
                    </span>
                    <RowActions index={index} count={fields.length} what={what} onMove={move} onRemove={remove} disabled={disabled} />
                  </div>
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <div className="zyk-editor-grid zyk-editor-grid--teacher">
                    <Form.Item
                      label={t('coursePortal.editor.teacherName')}
                      name={[field.name, 'name']}
                      rules={[
                        { required: true, whitespace: true, message: t('coursePortal.editor.required.teacher') },
                        { max: 64, message: t('coursePortal.editor.tooLong', { max: 64 }) },
                      ]}
                    >
                      <Input disabled={disabled} />
                    </Form.Item>
                    <Form.Item label={t('coursePortal.editor.teacherRole')} name={[field.name, 'role']}>
                      <Select
                        disabled={disabled}
                        options={[
                          { value: 'LEAD', label: t('course.role.LEAD') },
                          { value: 'MEMBER', label: t('course.role.MEMBER') },
                        ]}
                      />
                    </Form.Item>
                    <Form.Item
                      label={t('coursePortal.editor.teacherTitle')}
                      name={[field.name, 'title']}
                      rules={[{ max: 64, message: t('coursePortal.editor.tooLong', { max: 64 }) }]}
                    >
                      <Input disabled={disabled} />
                    </Form.Item>
                    <Form.Item
                      label={t('coursePortal.editor.teacherOrganisation')}
                      name={[field.name, 'organisation']}
                      rules={[{ max: 128, message: t('coursePortal.editor.tooLong', { max: 128 }) }]}
                    >
                      <Input disabled={disabled} />
                    </Form.Item>
                  </div>
                  <Form.Item
                    label={t('coursePortal.editor.teacherBio')}
                    name={[field.name, 'bio']}
                    rules={[{ max: 2000, message: t('coursePortal.editor.tooLong', { max: 2000 }) }]}
                  >
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} disabled={disabled} />
                  </Form.Item>
                </li>
              );
            })}
          </ol>
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ id: null, name: '', title: '', organisation: '', role: 'MEMBER', bio: '', photoUrl: null })}
            disabled={disabled}
            data-testid="teacher-add"
          >
            {t('coursePortal.editor.addMember')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
